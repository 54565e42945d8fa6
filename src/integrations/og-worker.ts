/**
 * A thread that draws link-preview cards (src/integrations/og-images.ts): it receives a card's SVG and
 * answers with its PNG, drawn and compressed here (`ogPng`), so the drawing never waits for the main
 * thread, which is busy rendering pages. Node runs this file as it is (type stripping), like the tools.
 */
import { parentPort } from 'node:worker_threads';
import { ogPng, ogScratch } from '../lib/og-image.ts';

const scratch = ogScratch(); // one card at a time in this thread, so one scanline buffer serves every card
parentPort!.on('message', ({ id, svg }: { id: number; svg: string }) => {
  try {
    parentPort!.postMessage({ id, png: ogPng(svg, scratch) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
