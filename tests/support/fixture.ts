/** A throw-away copy of the project's source data, to break on purpose in loader tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function fixtureRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-fixture-'));
  made.push(dir);
  for (const sub of ['src/data', 'src/content']) cpSync(join(process.cwd(), sub), join(dir, sub), { recursive: true });
  return dir;
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export function editJson(root: string, file: string, change: (data: any) => void): void {
  edit(root, file, (text) => {
    const data = JSON.parse(text);
    change(data);
    return JSON.stringify(data, null, 2);
  });
}
