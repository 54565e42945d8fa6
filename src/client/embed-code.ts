/** The charts' embed code (src/components/data/ChartEmbedCode.astro): the embed page's absolute address, the chart's title, its height. */
import { iframeSnippet } from '../lib/embed-snippet.ts';

for (const box of document.querySelectorAll<HTMLElement>('details[data-embed-src]')) {
  const title = box.closest('figure')?.querySelector('.chart__title')?.textContent ?? '';
  const pre = document.createElement('pre');
  pre.className = 'chart__snippet';
  pre.append(document.createElement('code'));
  pre.firstChild!.textContent = iframeSnippet({ src: new URL(box.dataset.embedSrc!, location.href).href, title, height: Number(box.dataset.embedHeight) });
  box.append(pre);
  box.hidden = false;
}
