/** The language switch keeps the reader on the same section (both languages share heading ids) and the same query. */
// Keep the reader on the same section (both languages share heading ids) and the same query.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const url = new URL(link.href);
    url.hash = location.hash;
    url.search = location.search; // the search page keeps its query and filters
    link.href = url.href;
  });
}
