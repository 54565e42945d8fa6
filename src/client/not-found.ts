/** The bilingual 404 page: puts the English half first (and lang="en") when the missing address is under /en/. */
const base = import.meta.env.BASE_URL;
if (location.pathname.startsWith(`${base}en/`)) {
  document.querySelector('[data-not-found]')?.classList.add('is-en');
  document.documentElement.lang = 'en';
}
