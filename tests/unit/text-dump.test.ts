import { describe, expect, it } from 'vitest';
import { countChars, textDump } from '../../tools/lib/text-dump.ts';

describe('text dump (w3m)', () => {
  it('counts characters with white space collapsed, code points not UTF-16 units', () => {
    expect(countChars('  a \n\n  b—c  ')).toBe(5);
  });

  it('separates the prose (data-prose) from the rest of the page', () => {
    const html = '<!doctype html><html lang="en"><meta charset="utf-8"><body><header><nav><a href="/">Home</a> <a href="/x/">Abstract</a></nav></header>'
      + '<main><h1>Findings</h1><div data-prose><p>Capability is good.</p></div><section><h2>Sources</h2><ol><li>S8: “A sentence.”</li></ol></section></main><footer>Footer text</footer></body></html>';
    const dump = textDump(html, 'fixture');
    expect(dump.prose.trim()).toBe('Capability is good.');
    expect(dump.proseChars).toBe(19);
    expect(dump.page).toContain('S8: “A sentence.”');
    expect(dump.beyond).toBe(dump.pageChars - 19);
    expect(dump.beyond).toBeGreaterThan('HomeAbstractFindingsSourcesFooter text'.length);
  });

  it('fails on a page without its prose marked, naming it', () => {
    expect(() => textDump('<p>x</p>', '/en/x/')).toThrow('/en/x/: no element marked data-prose');
  });
});
