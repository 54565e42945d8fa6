/** The colour-scheme control: shows the saved choice and saves a new one. The saved scheme is applied before first paint by src/client/theme-init.js (inline in <head>, admitted by its CSP hash); this module only runs after parsing. */
for (const toggle of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) {
  const select = toggle.querySelector('select')!;
  const saved = document.documentElement.getAttribute('data-theme');
  select.value = saved === 'light' || saved === 'dark' ? saved : 'system';
  select.addEventListener('change', () => {
    const value = select.value;
    try {
      if (value === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', value);
    } catch {}
    if (value === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', value);
  });
  toggle.hidden = false;
}
