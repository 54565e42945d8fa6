/** The built claims ledger (/klaim/, /en/klaim/, /data/claims.csv): every claim the loader counted, every source resolved. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import claims from '../../src/generated/claims.json' with { type: 'json' };
import sources from '../../src/generated/sources.json' with { type: 'json' };
import { kindPath, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { languages } from '../../src/lib/i18n.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const registry = sources.registry as Record<string, { kind: string; text?: string }>;

describe.each(languages.map((lang) => [lang, kindPath('ledger', lang)] as const))('claims ledger (%s)', (lang, path) => {
  const doc = readPage(dist, path);
  const entries = [...doc.querySelectorAll('.ledger__claim')];
  it('lists as many claims as src/generated/claims.json counts', () => {
    expect(entries).toHaveLength(claims[lang].claims);
    expect(entries).toHaveLength(claims[lang === 'id' ? 'en' : 'id'].claims);
  });
  it('links each claim to its page section and each source to an entry that exists, with the sentence verbatim', () => {
    for (const entry of entries) {
      expect(entry.querySelector('.ledger__where a')?.getAttribute('href'), entry.id).toMatch(/\/(#[a-z0-9-]+)?$|#[a-z0-9-]+$/);
      const refs = [...entry.querySelectorAll('.ledger__sources li')];
      expect(refs.length, entry.id).toBeGreaterThan(0);
      for (const li of refs) {
        const key = li.querySelector('a')!.textContent!;
        const found = Object.entries(registry).find(([, e]) => (e as { label?: string }).label === key);
        expect(found, `${entry.id}: ${key}`).toBeDefined();
        if (found![1].kind === 'sentence') expect(li.querySelector('q')!.textContent).toBe(found![1].text);
      }
    }
  });
  it('groups the same claims by source and by basis, linking to entries on the page', () => {
    const ids = new Set(entries.map((e) => e.id));
    const groupLinks = [...doc.querySelectorAll('details.ledger__group a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(groupLinks.length).toBeGreaterThan(0);
    for (const id of groupLinks) expect(ids.has(id), id).toBe(true);
  });
});

describe('/data/claims.csv', () => {
  it('has one row per claim', () => {
    const lines = readFileSync(join(dist, 'data/claims.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(lines.length - 1).toBe(claims.id.claims);
  });
});
