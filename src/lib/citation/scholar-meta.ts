/**
 * Metadata for scholarly indexes (Google Scholar, Zotero) and link previews, from the study
 * record. The study's landing page (the Indonesian abstract) carries Highwire Press tags,
 * Dublin Core and JSON-LD `Thesis`; every other page carries JSON-LD `WebPage` that is
 * part of the thesis (named by its "@id"), so the thesis is described once and no page repeats citation_title.
 */
import type { PageKind } from '../pages.ts';
import type { Study } from '../schemas.ts';

/**
 * The study's landing pages: the abstract in each language, so a reader who saves either with
 * Zotero gets the thesis. Each is its own canonical; the other language is its alternate.
 */
export const LANDING = { kind: 'abstract' } as const satisfies { kind: PageKind };

export type MetaTag = { name: string; content: string };

/** Highwire Press tags, names exactly as Google Scholar reads them. No date tag without a year. */
export function highwireTags(study: Study, keywords: string[], abstractUrl: string): MetaTag[] {
  return [
    { name: 'citation_title', content: study.title },
    { name: 'citation_author', content: `${study.author.family}, ${study.author.given}` },
    { name: 'citation_dissertation_institution', content: study.university },
    // The thesis type (degree), as bepress and Highwire readers take it.
    { name: 'citation_dissertation_name', content: study.genre },
    { name: 'citation_publisher', content: study.university },
    { name: 'citation_language', content: study.language },
    { name: 'citation_keywords', content: keywords.join('; ') },
    { name: 'citation_abstract_html_url', content: abstractUrl },
    ...(study.year ? [{ name: 'citation_publication_date', content: String(study.year) }] : []),
  ];
}

/** Dublin Core (with <link rel="schema.DC">). */
export function dublinCoreTags(study: Study, keywords: string[]): MetaTag[] {
  return [
    { name: 'DC.title', content: study.title },
    { name: 'DC.creator', content: `${study.author.family}, ${study.author.given}` },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.type', content: study.genre },
    { name: 'DC.publisher', content: study.university },
    { name: 'DC.language', content: study.language },
    { name: 'DC.identifier', content: study.recordUrl },
    ...keywords.map((k) => ({ name: 'DC.subject', content: k })),
    ...(study.year ? [{ name: 'DC.date', content: String(study.year) }] : []),
  ];
}

export function thesisJsonLd(study: Study, keywords: string[]): Record<string, unknown> {
  return {
    '@type': 'Thesis',
    '@id': study.recordUrl,
    name: study.title,
    author: { '@type': 'Person', name: `${study.author.given} ${study.author.family}`, givenName: study.author.given, familyName: study.author.family },
    inSupportOf: study.genre,
    sourceOrganization: { '@type': 'CollegeOrUniversity', name: study.university, address: study.city },
    publisher: { '@type': 'CollegeOrUniversity', name: study.university },
    inLanguage: study.language,
    keywords: keywords.join(', '),
    url: study.recordUrl,
    ...(study.year ? { datePublished: String(study.year) } : {}),
  };
}

/**
 * The thesis as another page names it: its identifier (the same "@id" as the landing page's
 * full node) and title. The rest of the record (author, keywords, institution, language) is
 * said once, on the landing page, not again in the head of every chapter.
 */
export function thesisReference(study: Study): Record<string, unknown> {
  const { '@type': type, '@id': id, name } = thesisJsonLd(study, []);
  return { '@type': type, '@id': id, name };
}

export function pageJsonLd(study: Study, keywords: string[], page: { name: string; description: string; url: string; lang: string; landing: boolean }): Record<string, unknown> {
  return page.landing
    ? { ...thesisJsonLd(study, keywords), '@context': 'https://schema.org', mainEntityOfPage: page.url }
    : { '@context': 'https://schema.org', '@type': 'WebPage', name: page.name, description: page.description, url: page.url, inLanguage: page.lang, isPartOf: thesisReference(study) };
}

/** JSON for a <script type="application/ld+json"> (never executed), safe against "</script>". */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
