import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * The committer date of the last commit that touched `file` (what `git log -1 --format=%cI
 * -- file` prints), so the "updated" date comes from the content's own history and is the
 * same for every build of one commit. Undefined when git is absent, the directory is not a
 * repository, or the file has no commit yet: the page then shows no date rather than an
 * invented one.
 *
 * A build asks this for every page, so the history is read once per repository with one
 * `git log --name-only` over the whole tree (newest first; `--cc` names a merge's own
 * changes, as `git log -- file` shows a merge that differs from every parent) and kept in
 * memory. A directory (`.` for the whole edition) is still asked of git directly.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
  const path = resolve(cwd, file);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    return undefined;
  }
  if (!isFile) return gitLastDate(file, cwd);
  const history = repositoryDates(cwd);
  if (!history) return undefined;
  return history.dates.get(relative(history.top, path).split(sep).join('/'));
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 30_000, maxBuffer: 1 << 28 });
    return result.status === 0 && !result.error ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

function gitLastDate(file: string, cwd: string): string | undefined {
  const iso = git(['log', '-1', '--format=%cI', '--', file], cwd)?.trim();
  return iso && ISO.test(iso) ? iso : undefined;
}

/** Path (from the repository's top) -> committer date of the newest commit that touched it. */
export function readHistory(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\x01').slice(1)) {
    const [date, ...files] = commit.split('\n');
    if (!ISO.test(date)) continue;
    for (const name of files) if (name && !dates.has(name)) dates.set(name, date.trim());
  }
  return dates;
}

const cache = new Map<string, { top: string; dates: Map<string, string> } | null>();

function repositoryDates(cwd: string): { top: string; dates: Map<string, string> } | null {
  const key = resolve(cwd);
  if (!cache.has(key)) {
    const top = git(['rev-parse', '--show-toplevel'], cwd)?.trim();
    const log = top ? git(['-c', 'core.quotePath=false', 'log', '--format=%x01%cI', '--name-only', '--cc', '--no-renames'], top) : undefined;
    cache.set(key, top && log !== undefined ? { top: resolve(top), dates: readHistory(log) } : null);
  }
  return cache.get(key)!;
}
