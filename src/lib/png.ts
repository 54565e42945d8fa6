/**
 * The build's PNG writer, for the link-preview cards (src/lib/og-draw.ts) and the chart
 * downloads (src/lib/charts/png.ts): same pixels, same bytes, on every build.
 */
import { crc32, deflateSync } from 'node:zlib';

function pngChunks(width: number, height: number, colourType: 2 | 3, idat: Buffer, palette?: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colourType, 0, 0, 0], 8); // 8 bits per sample (or palette index), deflate, adaptive filtering method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), ...(palette ? [chunk('PLTE', palette)] : []), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** zlib level 4: on a card, 4 % larger files than level 6 in 60 % of the time. */
const deflateOptions = { level: 4 };

/**
 * Opaque RGBA pixels (alpha is not written) as a PNG: a palette PNG (one byte a pixel, the
 * colours in order of first appearance) when they have at most 256 colours, as a link-preview
 * card in one ink has (about 210), otherwise 8-bit RGB. Rows unfiltered, deflated by zlib. The palette is exact, not
 * a quantisation: the picture is the same pixels either way. Hand-written, not a library: an
 * image library's palette writer (sharp's, libimagequant inside) took 17 ms a card against
 * about 6 ms here for drawing and writing together, and pngjs writes no palette PNGs; resvg's
 * own encoder (`asPng`) took twice as long on a chart and wrote files 2 to 2.5 times larger.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, scratch?: Buffer): Buffer {
  const need = (width * 3 + 1) * height;
  const rows = scratch && scratch.length >= need ? scratch : Buffer.allocUnsafe(need); // `scratch`: a buffer to reuse (see ogScratch in og-image.ts)
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const index = new Map<number, number>();
  let last = -1;
  let lastIndex = 0;
  let o = 0;
  palette: for (let y = 0, i = 0; y < height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < width; x++, i++) {
      const colour = pixels[i];
      if (colour !== last) {
        let k = index.get(colour);
        if (k === undefined) {
          if (index.size === 256) break palette;
          index.set(colour, (k = index.size));
        }
        last = colour;
        lastIndex = k;
      }
      rows[o++] = lastIndex;
    }
  }
  if (o === (width + 1) * height) {
    const plte = Buffer.alloc(3 * index.size);
    for (const [colour, k] of index) plte.set(rgbOf(colour), 3 * k);
    return pngChunks(width, height, 3, deflateSync(rows.subarray(0, o), deflateOptions), plte);
  }
  o = 0;
  for (let y = 0, i = 0; y < height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      rows[o++] = rgba[i];
      rows[o++] = rgba[i + 1];
      rows[o++] = rgba[i + 2];
    }
  }
  return pngChunks(width, height, 2, deflateSync(rows.subarray(0, o), deflateOptions));
}

/** The R, G, B bytes of a pixel read as one little-endian 32-bit word (RGBA in memory). */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function rgbOf(colour: number): number[] {
  return littleEndian ? [colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff] : [(colour >>> 24) & 0xff, (colour >>> 16) & 0xff, (colour >>> 8) & 0xff];
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), for checks without an image library. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
