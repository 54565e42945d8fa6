/** The report menu (<details> in the header): Escape closes it and gives focus back to its summary; a click elsewhere closes it. It works without JavaScript. */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-report-nav]')) {
  const summary = menu.querySelector('summary')!;
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      menu.open = false;
      summary.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  });
}
