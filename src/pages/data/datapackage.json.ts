/** /data/datapackage.json, the Frictionless Data Package (src/lib/data-downloads.ts). */
import type { APIRoute } from 'astro';
import { dataPackageResponse } from '../../lib/data-downloads.ts';

export const GET: APIRoute = () => dataPackageResponse();
