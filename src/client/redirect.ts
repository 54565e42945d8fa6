/** A redirect page (a renamed page or anchor, src/data/anchors.json): goes on to the new address, mapping a moved section id; the meta refresh does it without JavaScript. */
const root = document.documentElement;
const hashes = JSON.parse(root.dataset.redirectHashes ?? '{}') as Record<string, string>;
const id = decodeURIComponent(location.hash.slice(1));
location.replace((root.dataset.redirectTo ?? '/') + (id ? `#${hashes[id] ?? id}` : ''));
