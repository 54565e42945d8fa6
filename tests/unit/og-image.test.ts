import { describe, expect, it } from 'vitest';
import { cardLayout, fitInto, fitTitle, OG_HEIGHT, OG_WIDTH, ogScratch, wrapText, type Measure } from '../../src/lib/og-image.ts';
import { encodePng, pngSize } from '../../src/lib/png.ts';
import { ogPixels, ogPng } from '../../src/lib/og-draw.ts';
import { PNG } from 'pngjs';
import { drawingThread, headMeta, ogImageFile } from '../../src/integrations/og-images.ts';

/** A stand-in measure for layout tests: every letter 0.6 em wide. */
const even: Measure = (text, size) => text.length * size * 0.6;
const colourType = (png: Buffer) => png[25];
const chartSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100"><rect width="200" height="100" fill="#f2efe8"/><circle cx="50" cy="50" r="40" fill="#8a4b12"/><text x="100" y="60" font-size="20" fill="#1c1b19">Makro</text></svg>';

describe('link-preview cards', () => {
  it('wraps words into lines that fit, never splitting a word', () => {
    const title = 'Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah';
    const lines = wrapText(title, 600, (line) => even(line, 60, true) <= 600);
    expect(lines.join(' ')).toBe(title);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(even(line, 60, true) <= 600 || !line.includes(' ')).toBe(true);
    expect(wrapText('Pemberdayaan', 100, () => false)).toEqual(['Pemberdayaan']);
  });

  it('shrinks a long title, and cuts it with an ellipsis that still fits only at the smallest size', () => {
    expect(fitTitle('Abstrak', 1000, 4, [72, 50], even).size).toBe(72);
    const long = fitTitle('kata '.repeat(200), 1000, 4, [72, 50], even);
    expect(long.size).toBe(50);
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]).toMatch(/ …$/);
    for (const line of long.lines) expect(even(line, 50, true)).toBeLessThanOrEqual(1000);
  });

  it('lays a chart card out with a box for the chart, which keeps its proportions inside it', () => {
    const text = cardLayout({ title: 'Temuan', siteName: 'S', footer: 'F' }, even);
    expect(text.chartBox).toBeNull();
    const chart = cardLayout({ title: 'Peta aktor', siteName: 'S', footer: 'F', chartSvg }, even);
    expect(chart.chartBox!.height).toBeGreaterThan(200);
    for (const run of [...text.text, ...chart.text]) expect(run.y).toBeLessThan(OG_HEIGHT);
    expect(fitInto(200, 100, { x: 10, y: 20, width: 300, height: 300 })).toEqual({ x: 10, y: 95, width: 300, height: 150 });
  });

  it('draws a 1200 × 630 PNG, the same bytes every time; a text card in one ink is a palette PNG, a chart card an RGB one', () => {
    const card = { title: 'Temuan', siteName: 'Community Governance', footer: 'Edisi web' };
    const a = ogPng(card);
    expect(pngSize(a)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(a.equals(ogPng(card))).toBe(true);
    expect(colourType(a)).toBe(3);
    expect(colourType(ogPng({ ...card, chartSvg }))).toBe(2);
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });

  it('writes PNGs another decoder (pngjs) reads as exactly the pixels drawn, from a reused row buffer and from a drawing thread', async () => {
    const card = { title: 'Temuan: bonding di tingkat mikro', siteName: 'Community Governance', footer: 'Edisi web' };
    const chart = { ...card, chartSvg };
    const scratch = ogScratch().fill(0xab); // whatever a reused buffer holds is overwritten
    for (const c of [card, chart]) {
      const png = ogPng(c, scratch);
      const decoded = PNG.sync.read(png);
      expect([decoded.width, decoded.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
      expect(Buffer.from(decoded.data).equals(Buffer.from(ogPixels(c)))).toBe(true);
      expect(png.equals(ogPng(c))).toBe(true);
    }
    // The build's drawing thread (src/integrations/og-worker.ts) gives the same bytes, and a card it cannot draw fails with a message.
    const thread = drawingThread();
    try {
      expect((await thread.draw(card)).equals(ogPng(card))).toBe(true);
      await expect(thread.draw({ ...card, chartSvg: '<svg' })).rejects.toThrow(/link-preview card: /);
      expect((await thread.draw(chart)).equals(ogPng(chart))).toBe(true);
    } finally {
      await thread.stop();
    }
  });

  it('writes a palette PNG up to 256 colours and an RGB one beyond, both lossless', () => {
    const image = (colours: number) => {
      const rgba = new Uint8Array(64 * 8 * 4);
      for (let i = 0; i < 64 * 8; i++) rgba.set([i % colours, Math.floor((i % colours) / 2), 255 - (i % colours) % 256, 255], 4 * i);
      return rgba;
    };
    for (const [colours, type] of [[256, 3], [257, 2]] as const) {
      const rgba = image(colours);
      const png = encodePng(rgba, 64, 8);
      expect(colourType(png)).toBe(type);
      expect(Buffer.from(PNG.sync.read(png).data).equals(Buffer.from(rgba))).toBe(true);
    }
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
