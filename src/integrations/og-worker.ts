/**
 * A thread that draws link-preview cards (src/integrations/og-images.ts): it receives a card and
 * answers with its PNG, drawn and compressed here (`ogPng`), so the drawing never waits for the main
 * thread, which is busy rendering pages. Asked for the charts' pictures, it works them out
 * (./chart-pictures.ts, loaded only then: the charts' code is large). Node runs this file as it is
 * (type stripping), like the tools.
 */
import { parentPort } from 'node:worker_threads';
import { ogPng } from '../lib/og-draw.ts';
import { ogScratch, type OgCard } from '../lib/og-image.ts';

const scratch = ogScratch(); // one card at a time in this thread, so one row buffer serves every card
parentPort!.on('message', async ({ id, card, charts }: { id: number; card?: OgCard; charts?: true }) => {
  try {
    if (charts) parentPort!.postMessage({ id, charts: await (await import('./chart-pictures.ts')).chartPictures() });
    else parentPort!.postMessage({ id, png: ogPng(card!, scratch) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
