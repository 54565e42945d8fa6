import { describe, expect, it } from 'vitest';
import { gzipSize, inlineScripts } from '../../tools/lib/measure.ts';

describe('page cost helpers', () => {
  it('counts inline classic and module scripts, not external scripts or JSON blocks', () => {
    const html = `<script type="module">a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script>b()</script><script> </script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('gzips (a repetitive text shrinks)', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});
