/**
 * The pictures earlier builds drew (link-preview cards, chart PNG downloads), kept in
 * node_modules/.cache/cg-pictures/ so a build draws only what is new: one PNG per picture, named
 * by a hash of what it shows (the card, the chart's SVG) and of everything that draws it (src/lib,
 * the interface strings, the integrations, the installed packages' versions). The same input
 * drawn by the same code gives the same bytes (tests/build/reproducible.test.ts compares a build
 * that draws everything afresh with dist/), so a picture from the cache is the one the build would
 * draw. A file is written whole under a temporary name and then renamed; one that does not read as
 * a whole PNG is drawn again. Entries no build used for 14 days are removed.
 * `PICTURE_CACHE=off` draws everything and leaves the cache alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashInputs } from '../../scripts/lib/cache.ts';

/** What draws the pictures: a change to any of these draws every picture again. */
export const DRAWING_INPUTS = ['src/lib', 'src/data/ui', 'src/integrations', 'node_modules/.package-lock.json'];
const KEEP_DAYS = 14;
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]; // "IEND" and its CRC

/** A PNG read whole: its signature first and its IEND chunk last. */
export function wholePng(bytes: Uint8Array): boolean {
  return bytes.length > 16 && PNG_START.every((b, i) => bytes[i] === b) && PNG_END.every((b, i) => bytes[bytes.length - 8 + i] === b);
}

export interface PictureCache {
  /** The picture drawn from `input` (a card's JSON, a chart's SVG) by this code, if a build kept it. */
  get(kind: string, input: string): Buffer | undefined;
  has(kind: string, input: string): boolean;
  put(kind: string, input: string, png: Uint8Array): void;
  /** Whether every picture of the list a build last saved under this name (and this code) is kept. */
  holdsList(name: string): boolean;
  saveList(name: string, pictures: { kind: string; input: string }[]): void;
  /** After a build: the entries it used are marked as used now; those unused for KEEP_DAYS are removed. */
  finish(): { hits: number };
}

const off: PictureCache = { get: () => undefined, has: () => false, put: () => undefined, holdsList: () => false, saveList: () => undefined, finish: () => ({ hits: 0 }) };

export function pictureCache(root: string, env: NodeJS.ProcessEnv = process.env): PictureCache {
  if (env.PICTURE_CACHE === 'off') return off;
  const dir = join(root, 'node_modules', '.cache', 'cg-pictures');
  const code = hashInputs(root, DRAWING_INPUTS);
  const file = (kind: string, input: string) => join(dir, `${createHash('sha256').update(`${code}\n${kind}\n${input}`).digest('hex').slice(0, 40)}.png`);
  const used = new Set<string>();
  const list = (name: string) => join(dir, `${name}.${code.slice(0, 40)}.list`);
  const write = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    used.add(path);
  };
  let hits = 0;
  return {
    get(kind, input) {
      const path = file(kind, input);
      if (!existsSync(path)) return undefined;
      const png = readFileSync(path);
      if (!wholePng(png)) return undefined;
      used.add(path);
      hits++;
      return png;
    },
    has: (kind, input) => existsSync(file(kind, input)),
    put: (kind, input, png) => write(file(kind, input), png),
    holdsList(name) {
      if (!existsSync(list(name))) return false;
      return readFileSync(list(name), 'utf8').split('\n').filter(Boolean).every((path) => existsSync(join(dir, path)));
    },
    saveList: (name, pictures) => write(list(name), pictures.map(({ kind, input }) => `${file(kind, input).slice(dir.length + 1)}\n`).join('')),
    finish() {
      const now = new Date();
      for (const path of used) {
        try {
          utimesSync(path, now, now);
        } catch {
          // removed meanwhile by another build's clean-up: drawn again next time
        }
      }
      if (existsSync(dir)) {
        const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          try {
            if (statSync(path).mtimeMs < oldest) rmSync(path, { force: true });
          } catch {
            // gone already
          }
        }
      }
      return { hits };
    },
  };
}
