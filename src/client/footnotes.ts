/** Footnotes: open a note in place under its reference, and bring focus back to where the reader was. */
// Open a note in place under its reference, and bring focus back to where the reader was.
const list = document.querySelector<HTMLElement>('[data-footnotes]');
if (list) {
  const closeLabel = list.dataset.closeLabel ?? 'Close';
  const close = (ref: HTMLAnchorElement, pop: HTMLElement) => {
    pop.remove();
    ref.setAttribute('aria-expanded', 'false');
    ref.focus();
  };
  for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
    const id = ref.hash.slice(1);
    const popId = `${id}-pop`;
    ref.setAttribute('aria-expanded', 'false');
    ref.setAttribute('aria-controls', popId);
    ref.addEventListener('click', (event) => {
      event.preventDefault();
      const open = document.getElementById(popId);
      if (open) return close(ref, open);
      const source = document.getElementById(id)?.querySelector('.footnote__text');
      if (!source) return;
      const pop = document.createElement('span');
      pop.className = 'fn-pop';
      pop.id = popId;
      pop.setAttribute('role', 'note');
      pop.tabIndex = -1;
      pop.innerHTML = source.innerHTML;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fn-pop__close';
      button.textContent = closeLabel;
      button.addEventListener('click', () => close(ref, pop));
      pop.append(button);
      pop.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { e.stopPropagation(); close(ref, pop); }
      });
      ref.closest('sup')!.after(pop);
      ref.setAttribute('aria-expanded', 'true');
      pop.focus();
    });
  }
  // From the list at the page's end, the back link returns focus to the reference.
  for (const back of list.querySelectorAll<HTMLAnchorElement>('a[data-footnote-back]')) {
    back.addEventListener('click', () => {
      requestAnimationFrame(() => document.getElementById(back.hash.slice(1))?.focus());
    });
  }
}
