/** /data/charts/<name>.<lang>.json (src/lib/charts/downloads.ts). */
import type { APIRoute } from 'astro';
import { chartDownload, chartDownloadPaths } from '../../../lib/charts/downloads.ts';

export const getStaticPaths = chartDownloadPaths;
export const GET: APIRoute = ({ props }) => chartDownload('json', props as Parameters<typeof chartDownload>[1]);
