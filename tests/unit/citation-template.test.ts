import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCitation, pageTemplate } from '../../src/lib/citation/formats.ts';
import { citeStyles, pageRecord } from '../../src/lib/citation/page-record.ts';
import { formatPageItem } from '../../src/lib/citation/page.ts';
import { languages, t } from '../../src/lib/i18n.ts';

/** Every heading text written in the site's MDX, per language (the titles section cite boxes get). */
function headingTitles(lang: string): string[] {
  const dir = join(process.cwd(), 'src', 'content', 'pages', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^#{2,6}\s+(.+?)\s*(?:\{#[^}]+\})?\s*$/gm)].map((m) => m[1]));
}

const awkward = [
  'Temuan: kapasitas mikro',
  'findings: micro capability of the group',
  'R&D <b>bold</b> & more',
  'A "quoted" word and ‘single’ quotes',
  'What is it? The answer',
  'Ends with a period.',
  'Trailing colon:',
  '  padded  title ',
  'Bonding, bridging — and linking / social capital (2021)',
  'an of the and in on: to be or not',
  'UMKM dan BUMDes di Surakarta',
  'e-commerce and self-help groups',
  'The thesis’s conclusion',
  'Where to start?',
];
// Two plain URLs (a title no template reproduces is formatted once and each URL filled in) and one that is not.
const urls = ['https://example.org/skripsi/en/a-b/?q=1&x=2#s', '/en/kesimpulan/#conclusion', 'https://example.org/<odd>"path" with space/'];

describe('page citations from one template per style and language', () => {
  for (const lang of languages) {
    const siteTitle = t(lang, 'site.title');
    const titles = [...awkward, ...headingTitles(lang).filter((_, i) => i % 12 === 0), `Page title: ${headingTitles(lang)[1]}`];
    it(`equal citeproc's own output for ${titles.length} titles × ${urls.length} URLs (${lang})`, async () => {
      for (const style of citeStyles) {
        for (const title of titles) {
          for (const url of urls) {
            const item = pageRecord({ lang, siteTitle, pageTitle: title, url });
            expect(await formatPageItem(item, style, lang), `${style} ${lang} ${JSON.stringify(title)} ${url}`).toEqual(formatCitation(item, style, lang));
          }
        }
      }
    }, 300_000);
  }

  it('has a usable slot for every style and language (else every page would go through citeproc)', () => {
    for (const lang of languages) for (const style of citeStyles) expect(pageTemplate(style, lang, t(lang, 'site.title')).titleCase, `${style} ${lang}`).not.toBeNull();
  });

  it('uses the templates it is given and falls back to its own when the site title differs', async () => {
    const item = pageRecord({ lang: 'en', siteTitle: 'Other site', pageTitle: 'Methods', url: '/en/metode/' });
    const stale = { en: { apa: { ...pageTemplate('apa', 'en', 'Some site'), before: 'WRONG ' } } };
    expect(await formatPageItem(item, 'apa', 'en', stale)).toEqual(formatCitation(item, 'apa', 'en'));
    const given = { en: { apa: { ...pageTemplate('apa', 'en', 'Other site'), before: 'GIVEN QQTITLESLOTQQ ' } } };
    expect((await formatPageItem(item, 'apa', 'en', given)).before).toBe('GIVEN Methods ');
  });
});
