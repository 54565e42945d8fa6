/** The <iframe> code another site pastes to embed a chart: pure, so the browser writes it (src/client/embed-code.ts). */
import { escapeHtml } from './html.ts';

/** The embed page's address, a title for screen readers, a height that fits the chart. */
export function iframeSnippet(input: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" width="100%" height="${Math.round(input.height)}" loading="lazy" style="border: 0"></iframe>`;
}
