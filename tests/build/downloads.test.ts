/**
 * Media types of the downloads, as `npm start` serves dist/ (tools/lib/static-server.ts,
 * from dist/_headers, which static hosts read too): a reference manager's one-click import
 * starts from application/x-research-info-systems or application/x-bibtex.
 */
import { filesUnder } from '../../src/lib/files.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadTypes } from '../../src/lib/security.ts';
import { startStaticServer, type StaticServer } from '../../tools/lib/static-server.ts';
import { requireBuilt, root } from '../../tools/lib/site.ts';

const dist = join(root, 'dist');
requireBuilt(dist);

const downloads = filesUnder(dist).filter((f) => (f.split('.').pop() ?? '') in downloadTypes);

let server: StaticServer;
beforeAll(async () => { server = await startStaticServer({ dist }); });
afterAll(async () => { await server?.stop(); });

describe('downloads over HTTP', () => {
  it('includes the citation files and the data package', () => {
    for (const f of ['kutip/febriana.bib', 'kutip/febriana.ris', 'kutip/febriana.json', 'data/datapackage.json']) expect(downloads).toContain(f);
    expect(downloads.some((f) => f.endsWith('.csv'))).toBe(true);
  });

  it('every .ris, .bib, .csv and .json is served with its media type', async () => {
    const wrong: string[] = [];
    for (const file of downloads) {
      const response = await fetch(`${server.origin}/${file}`, { method: 'HEAD' });
      const type = response.headers.get('content-type');
      if (response.status !== 200 || type !== downloadTypes[file.split('.').pop()!]) wrong.push(`${file}: ${response.status} ${type}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pages carry the security headers, a missing page is a 404 with the 404 page, a directory without its slash redirects', async () => {
    for (const path of ['/', '/en/']) expect((await fetch(`${server.origin}${path}`, { method: 'HEAD' })).status, path).toBe(200);
    const page = await fetch(`${server.origin}/abstrak/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${server.origin}/tidak-ada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('data-not-found');
    const bare = await fetch(`${server.origin}/abstrak`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/abstrak/');
  });

  it('sends text gzipped to a client that accepts it, as a host does, and pictures as they are', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { get } = await import('node:http');
    const raw = (path: string, encoding?: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(`${server.origin}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
        }).on('error', reject);
      });
    const plain = await raw('/abstrak/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await raw('/abstrak/', 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const png = filesUnder(dist).find((f) => f.endsWith('.png'))!;
    expect((await raw(`/${png}`, 'gzip')).headers['content-encoding']).toBeUndefined();
  });
});
