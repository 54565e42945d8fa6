/** The table of contents: folded on narrow screens, and marks the section being read (aria-current="location"). */
const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) {
  const details = toc.querySelector('details')!;
  if (window.matchMedia('(max-width: 63.99rem)').matches) details.open = false;
  toc.dataset.tocReady = '';
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  // The current section is the last heading that has crossed the top third of the viewport.
  const update = () => {
    const line = window.innerHeight * 0.3;
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const [id, a] of links) {
      if (id === current?.id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  if ('IntersectionObserver' in window && headings.length) {
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    for (const h of headings) observer.observe(h);
    update();
  }
}
