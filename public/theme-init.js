// Runs before first paint (a blocking external script in <head>, so the CSP needs no
// 'unsafe-inline'): applies the reader's saved colour scheme, or leaves the system's.
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
} catch (e) {}
