/**
 * `npm run serve` (and `npm start` after the build): dist/ on http://127.0.0.1:4321 with the
 * headers and media types of dist/_headers, as a static host sends them
 * (tools/lib/static-server.ts). BASE_PATH, HOST and PORT as for the build.
 */
import { join } from 'node:path';
import { startStaticServer } from './lib/static-server.ts';

const dist = join(process.cwd(), 'dist');
const base = process.env.BASE_PATH || '/';
const site = await startStaticServer({ dist, base, host: process.env.HOST || '127.0.0.1', port: Number(process.env.PORT || 4321) });
console.log(`Serving dist/ at ${site.origin}${base} (Ctrl-C stops)`);
