/** The cache of drawn pictures (src/integrations/picture-cache.ts), in a temporary project. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/png.ts';
import { pictureCache, wholePng } from '../../src/integrations/picture-cache.ts';

let root: string;
const dir = () => join(root, 'node_modules', '.cache', 'cg-pictures');
const png = (grey: number) => encodePng(new Uint8Array(4 * 4).fill(grey), 2, 2);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-pictures-'));
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  writeFileSync(join(root, 'src', 'lib', 'draw.ts'), 'export const v = 1;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pictureCache', () => {
  it('gives back what a build put, for the same kind and input only', () => {
    const first = pictureCache(root, {});
    expect(first.get('card', '{"title":"A"}')).toBeUndefined();
    first.put('card', '{"title":"A"}', png(10));
    first.finish();
    const next = pictureCache(root, {});
    expect(next.get('card', '{"title":"A"}')?.equals(png(10))).toBe(true);
    expect(next.get('card', '{"title":"B"}')).toBeUndefined();
    expect(next.get('chart-png', '{"title":"A"}')).toBeUndefined();
    expect(next.finish().hits).toBe(1);
  });

  it('draws again when the drawing code changes', () => {
    pictureCache(root, {}).put('card', 'x', png(10));
    writeFileSync(join(root, 'src', 'lib', 'draw.ts'), 'export const v = 2;\n');
    expect(pictureCache(root, {}).get('card', 'x')).toBeUndefined();
  });

  it('does not give back a file that is not a whole PNG', () => {
    const cache = pictureCache(root, {});
    cache.put('card', 'x', png(10));
    const [file] = readdirSync(dir());
    writeFileSync(join(dir(), file), png(10).subarray(0, 30));
    expect(pictureCache(root, {}).get('card', 'x')).toBeUndefined();
    expect(wholePng(png(10))).toBe(true);
    expect(wholePng(png(10).subarray(0, 30))).toBe(false);
  });

  it('holds a saved list only while every picture on it is kept', () => {
    const cache = pictureCache(root, {});
    expect(cache.holdsList('charts')).toBe(false);
    cache.put('chart-png', '<svg a/>', png(1));
    cache.put('card', '<svg b/>', png(2));
    cache.saveList('charts', [{ kind: 'chart-png', input: '<svg a/>' }, { kind: 'card', input: '<svg b/>' }]);
    expect(pictureCache(root, {}).holdsList('charts')).toBe(true);
    const pngs = readdirSync(dir()).filter((f) => f.endsWith('.png'));
    rmSync(join(dir(), pngs[0]));
    expect(pictureCache(root, {}).holdsList('charts')).toBe(false);
  });

  it('removes entries no build used for 14 days and keeps the ones this build used', () => {
    const cache = pictureCache(root, {});
    cache.put('card', 'old', png(1));
    cache.put('card', 'used', png(2));
    const old = new Date(Date.now() - 15 * 86_400_000);
    for (const f of readdirSync(dir())) utimesSync(join(dir(), f), old, old);
    const next = pictureCache(root, {});
    expect(next.get('card', 'used')).toBeDefined();
    next.finish();
    const after = pictureCache(root, {});
    expect(after.get('card', 'used')).toBeDefined();
    expect(after.get('card', 'old')).toBeUndefined();
  });

  it('PICTURE_CACHE=off keeps nothing and gives nothing back', () => {
    pictureCache(root, {}).put('card', 'x', png(10));
    const off = pictureCache(root, { PICTURE_CACHE: 'off' });
    expect(off.get('card', 'x')).toBeUndefined();
    off.put('card', 'y', png(10));
    expect(pictureCache(root, {}).get('card', 'y')).toBeUndefined();
  });
});
