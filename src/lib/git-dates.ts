import { spawnSync } from 'node:child_process';

/**
 * The committer date of the last commit that touched `file` (`git log -1 --format=%cI`),
 * so the "updated" date comes from the content's own history and is the same for every
 * build of one commit. Undefined when git is absent, the directory is not a repository,
 * or the file has no commit yet: the page then shows no date rather than an invented one.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
  try {
    const result = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd, encoding: 'utf8', timeout: 10_000 });
    if (result.status !== 0 || result.error) return undefined;
    const iso = result.stdout.trim();
    return /^\d{4}-\d{2}-\d{2}T/.test(iso) ? iso : undefined;
  } catch {
    return undefined;
  }
}
