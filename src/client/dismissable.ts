/**
 * Content shown on hover and focus (claim sources, glossary definitions) must be
 * dismissable without moving the pointer or focus (WCAG 1.4.13): Escape hides it until
 * the pointer or focus leaves the element. CSS shows it; `.is-dismissed` hides it.
 */
export function dismissOnEscape(selector: string): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const el of document.querySelectorAll(`${selector}:hover, ${selector}:focus-within`)) el.classList.add('is-dismissed');
  });
  for (const el of document.querySelectorAll(selector)) {
    const reset = () => el.classList.remove('is-dismissed');
    el.addEventListener('mouseleave', reset);
    el.addEventListener('focusout', reset);
  }
}
