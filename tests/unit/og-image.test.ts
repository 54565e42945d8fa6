import { describe, expect, it } from 'vitest';
import { fitTitle, ogCardSvg, ogPng, ogScratch, placeChart, pngSize, wrapText } from '../../src/lib/og-image.ts';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { pngFont } from '../../src/lib/charts/png.ts';
import { drawingThread, headMeta, ogImageFile } from '../../src/integrations/og-images.ts';

describe('link-preview cards', () => {
  it('wraps words into lines that fit, never splitting a word', () => {
    const lines = wrapText('Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah', 60, 600, 'bold');
    expect(lines.join(' ')).toBe('Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah');
    expect(lines.length).toBeGreaterThan(2);
    expect(wrapText('Pemberdayaan', 100, 100)).toEqual(['Pemberdayaan']);
  });

  it('shrinks a long title, and cuts it with an ellipsis only at the smallest size', () => {
    expect(fitTitle('Abstrak', 1000, 4, [72, 50]).size).toBe(72);
    const long = fitTitle('kata '.repeat(200), 1000, 4, [72, 50]);
    expect(long.size).toBe(50);
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]).toMatch(/…$/);
  });

  it('escapes the title, and places a chart by its viewBox', () => {
    expect(ogCardSvg({ title: 'A < B & C', siteName: 'S', footer: 'F' })).toContain('A &lt; B &amp; C');
    const placed = placeChart('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5" width="10" height="5"><rect/></svg>', { x: 1, y: 2, width: 300, height: 100 });
    expect(placed).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5" x="1" y="2" width="300" height="100" preserveAspectRatio="xMidYMid meet"><rect/></svg>');
    expect(() => placeChart('<svg width="1"></svg>', { x: 0, y: 0, width: 1, height: 1 })).toThrow(/viewBox/);
  });

  it('renders a 1200 × 630 PNG, the same bytes every time', () => {
    const card = { title: 'Temuan', siteName: 'Community Governance', footer: 'Edisi web' };
    const a = ogPng(ogCardSvg(card));
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(a.equals(ogPng(ogCardSvg(card)))).toBe(true);
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });

  it('writes a PNG another decoder (pngjs) reads as the pixels resvg drew, the same from a drawing thread', async () => {
    const svg = ogCardSvg({ title: 'Temuan: bonding di tingkat mikro', siteName: 'Community Governance', footer: 'Edisi web' });
    const ours = ogPng(svg);
    // A reused scanline buffer: another card drawn into it first leaves nothing behind.
    const scratch = ogScratch().fill(0xab);
    const other = ogCardSvg({ title: 'Another card, another title', siteName: 'X', footer: 'Y' });
    expect(ogPng(other, scratch).equals(ogPng(other))).toBe(true);
    expect(ogPng(svg, scratch).equals(ours)).toBe(true);
    // The build's drawing thread (src/integrations/og-worker.ts) gives the same bytes, and a card it cannot draw fails with a message.
    const thread = drawingThread();
    try {
      expect((await thread.draw(svg)).equals(ours)).toBe(true);
      await expect(thread.draw('<svg')).rejects.toThrow(/link-preview card: /);
      expect((await thread.draw(other)).equals(ogPng(other))).toBe(true);
    } finally {
      await thread.stop();
    }
    const decoded = PNG.sync.read(ours);
    const drawn = new Resvg(svg, { background: '#ffffff', fitTo: { mode: 'original' }, font: pngFont }).render();
    expect([decoded.width, decoded.height]).toEqual([drawn.width, drawn.height]);
    expect(Buffer.from(decoded.data).equals(drawn.pixels)).toBe(true);
  });

  it('maps an og:image URL to its file under the base', () => {
    expect(ogImageFile('https://host.example/skripsi/og/en/abstrak.png', '/skripsi/')).toBe('og/en/abstrak.png');
    expect(ogImageFile('/og/index.png', '/')).toBe('og/index.png');
    expect(ogImageFile('https://elsewhere.example/x.png', '/skripsi/')).toBeNull();
  });

  it('reads a built page\'s <html lang> and og: metadata from its head only, entities decoded, the first of each', () => {
    const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:title" content="Findings &amp; &quot;notes&quot;"><meta property="og:title" content="second"><meta name="description" content="x"></head><body><meta property="og:image" content="/late.png"><p>text</p></body></html>';
    const { lang, meta } = headMeta(html);
    expect(lang).toBe('en');
    expect(meta.get('og:title')).toBe('Findings & "notes"');
    expect(meta.has('og:image')).toBe(false);
    expect(meta.has('description')).toBe(false);
    expect(headMeta('<html><head></head></html>')).toEqual({ lang: '', meta: new Map() });
  });
});
