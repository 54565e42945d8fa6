/**
 * The built site (dist/) over HTTP the way a static host serves it: every response carries
 * the headers of dist/_headers (Content-Security-Policy with frame-ancestors, the other
 * security headers, the downloads' media types; src/lib/security.ts), directory URLs serve
 * their index.html, a missing page gets 404.html with status 404. `npm start`/`npm run
 * serve` and the browser tests use it, so what the tests see is what a host sends.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/security.ts';

/** Media types by extension for everything dist/ holds; `_headers` may override (downloads). */
export const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Types a host compresses (text, JSON, SVG, the citation downloads); images and WebAssembly are sent as they are. */
export const compressible = (type: string): boolean => /^(text\/|image\/svg\+xml|application\/(json|xml|javascript|x-bibtex|x-research-info-systems|vnd\.citationstyles\.csl\+json))/.test(type);

export interface StaticServer {
  origin: string;
  server: Server;
  stop(): Promise<void>;
}

/** The file for a path under the base ("" is the base itself, a directory like "en/"). */
function resolveFile(dist: string, path: string): string | null {
  const file = normalize(join(dist, path));
  if (file !== dist && !file.startsWith(dist + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return (path === '' || path.endsWith('/')) && existsSync(index) ? index : null;
}

export async function startStaticServer(options: { dist: string; base?: string; host?: string; port?: number }): Promise<StaticServer> {
  const dist = normalize(options.dist);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const headersPath = join(dist, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status: number, file: string | null, extra: Record<string, string> = {}) => {
      const headers: Record<string, string> = { ...(file ? { 'Content-Type': mediaTypes[extname(file)] ?? 'application/octet-stream' } : {}), ...headersFor(rules, pathname), ...extra };
      // gzip (level 6) when the client accepts it, as static hosts do: the byte budgets and the
      // Lighthouse run in the bench then see what a reader's phone receives.
      const gzip = !!file && compressible(headers['Content-Type'] ?? '') && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.writeHead(status, headers);
      if (!file || req.method === 'HEAD') res.end();
      else if (gzip) createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
      else createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, { Allow: 'GET, HEAD' });
    const file = pathname.startsWith(base) ? resolveFile(dist, pathname.slice(base.length)) : null;
    if (file) return send(200, file);
    // A directory without its trailing slash: where static hosts send it.
    if (pathname.startsWith(base) && !pathname.endsWith('/') && resolveFile(dist, `${pathname.slice(base.length)}/`)) {
      return send(301, null, { Location: `${pathname}/${url.search}` });
    }
    const notFound = join(dist, '404.html');
    return send(404, existsSync(notFound) ? notFound : null);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
