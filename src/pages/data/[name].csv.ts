/** /data/<resource>.csv, one per codebook resource (src/lib/data-downloads.ts). */
import type { APIRoute } from 'astro';
import { resourcePaths, resourceResponse } from '../../lib/data-downloads.ts';

export const getStaticPaths = resourcePaths;
export const GET: APIRoute = ({ params }) => resourceResponse(params.name!);
