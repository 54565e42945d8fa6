// Blocking, external (no 'unsafe-inline'), before first paint: marks the page as
// scripted (class "js") and applies the reader's saved colour scheme.
document.documentElement.classList.add('js');
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
} catch (e) {}
