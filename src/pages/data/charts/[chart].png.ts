/** /data/charts/<name>.<lang>.png in `npm run dev`; a build writes these itself (src/lib/charts/downloads.ts). */
import type { APIRoute } from 'astro';
import { chartDownload, chartDownloadPaths } from '../../../lib/charts/downloads.ts';

export const getStaticPaths = () => (import.meta.env.DEV ? chartDownloadPaths() : []);
export const GET: APIRoute = ({ props }) => chartDownload('png', props as Parameters<typeof chartDownload>[1]);
