import { describe, expect, it } from 'vitest';
import { embedHeight, embedPrefixes, embedSlug } from '../../src/lib/embed.ts';
import { iframeSnippet } from '../../src/lib/embed-snippet.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { fixedSlugs } from '../../src/lib/pages.ts';

describe('chart embeds', () => {
  it('live under the charts page in each language, and only those paths are framable', () => {
    const charts = fixedSlugs.charts;
    expect(pagePath('en', embedSlug('matrix'), '/skripsi/')).toBe(`/skripsi/en/${charts}/embed/matrix/`);
    expect(embedPrefixes()).toEqual([`${charts}/embed/`, `en/${charts}/embed/`]);
  });

  it('writes an <iframe> snippet with a title and escaped attributes', () => {
    expect(iframeSnippet({ src: 'https://h.example/grafik/embed/a/', title: 'A "b" & <c>', height: 700.4 })).toBe(
      '<iframe src="https://h.example/grafik/embed/a/" title="A &quot;b&quot; &amp; &lt;c&gt;" width="100%" height="700" loading="lazy" style="border: 0"></iframe>',
    );
  });

  it('sizes the frame from the chart\'s viewBox', () => {
    expect(embedHeight('<svg viewBox="0 0 760 460">')).toBe(980);
    expect(() => embedHeight('<svg>')).toThrow(/viewBox/);
  });
});
