/** /data/charts/<name>.<lang>.svg (src/lib/charts/downloads.ts). */
import type { APIRoute } from 'astro';
import { chartDownload, chartDownloadPaths } from '../../../lib/charts/downloads.ts';

export const getStaticPaths = chartDownloadPaths;
export const GET: APIRoute = ({ props }) => chartDownload('svg', props as Parameters<typeof chartDownload>[1]);
