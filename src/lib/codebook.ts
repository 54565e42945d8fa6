/**
 * The codebook: every field of every data file and every value it may take, in both
 * languages. The data page renders it; the Frictionless Data Package carries it as the
 * table schemas. One description, two outputs.
 */
import type { Actor, Finding, Framework, TimelineEvent } from './dataset.ts';
import { bases, levels, ties, valences } from './vocabulary.ts';
import { findingSections } from './sections.ts';
import { toCsv } from './csv.ts';

type Text = { id: string; en: string };
export interface Field { name: string; type: 'string' | 'date' | 'integer'; description: Text; values?: { value: string; description: Text }[]; list?: boolean; required: boolean }
/** `references`: foreign keys, field → resource.field (Frictionless `foreignKeys`). */
export interface Resource { name: string; title: Text; description: Text; fields: Field[]; primaryKey?: string[]; references?: Record<string, string> }

const v = (value: string, id: string, en: string) => ({ value, description: { id, en } });
/** One description per code of the vocabulary; a code added to src/lib/vocabulary.ts must be described here (the type says so). */
const describe = <T extends string>(codes: readonly T[], text: Record<T, [id: string, en: string]>) => codes.map((c) => v(c, ...text[c]));
const levelValues = describe(levels, { micro: ['aktor dengan jangkauan keputusan paling sempit', 'actors with the narrowest reach of decisions'], meso: ['aktor dengan jangkauan menengah', 'actors with intermediate reach'], macro: ['aktor dengan jangkauan paling luas', 'actors with the widest reach'] });
const tieValues = describe(ties, { bonding: ['ikatan antarorang dalam situasi serupa', 'ties among people in similar situations'], bridging: ['ikatan longgar antarorang yang serupa', 'looser ties across similar people'], linking: ['ikatan dengan lembaga berkuasa di luar komunitas', 'ties to institutions with power outside the community'] });
const valenceValues = describe(valences, { strength: ['kekuatan', 'a strength'], barrier: ['hambatan', 'a barrier'], dependency: ['ketergantungan pada tingkat atau ikatan lain', 'a dependency on another level or tie'] });
const basisValues = describe(bases, { stated: ['dinyatakan oleh sumber', 'stated by the source'], interpreted: ['interpretasi penyunting, dengan alasan', "the editors' interpretation, with a rationale"] });
const f = (name: string, id: string, en: string, extra: Partial<Field> = {}): Field => ({ name, type: 'string', description: { id, en }, required: true, ...extra });

export const codebook: Resource[] = [
  {
    name: 'findings', title: { id: 'Temuan', en: 'Findings' },
    description: { id: 'Satu baris per temuan yang dikodekan dari kalimat S8–S14 abstrak.', en: 'One row per finding coded from sentences S8–S14 of the abstract.' },
    fields: [
      f('id', 'pengenal temuan', 'finding identifier'),
      f('level', 'tingkat Mouzelis; satu atau lebih, dipisah spasi', "Mouzelis' level; one or more, space-separated", { values: levelValues, list: true }),
      f('tie', 'jenis ikatan Woolcock, atau none bila temuan tentang tingkat saja', "Woolcock's tie type, or none when the finding is about levels only", { values: [...tieValues, v('none', 'tidak menyangkut ikatan tertentu', 'not about a particular tie')] }),
      f('valence', 'sifat temuan', 'valence of the finding', { values: valenceValues }),
      f('basis', 'dasar pengodean', 'basis of the coding', { values: basisValues }),
      f('sources', 'kalimat abstrak yang menjadi dasar (S1–S14), dipisah spasi', 'abstract sentences it rests on (S1–S14), space-separated', { list: true }),
      f('summary_id', 'ringkasan dalam bahasa Indonesia', 'summary in Indonesian'),
      f('summary_en', 'ringkasan dalam bahasa Inggris', 'summary in English'),
      f('rationale_id', 'alasan interpretasi (hanya bila interpreted), bahasa Indonesia', 'rationale of an interpretation (interpreted only), Indonesian', { required: false }),
      f('rationale_en', 'alasan interpretasi (hanya bila interpreted), bahasa Inggris', 'rationale of an interpretation (interpreted only), English', { required: false }),
      f('section', 'bagian bab Temuan tempat temuan dibahas', 'section of the Findings chapter that discusses it', { values: findingSections.map((s) => v(s, `#${s}`, `#${s}`)) }),
    ],
  },
  {
    name: 'actors', title: { id: 'Aktor', en: 'Actors' },
    description: { id: 'Aktor yang disebut sumber publik dalam berkas sumber; penempatan tingkat dan ikatan semuanya interpretasi penyunting.', en: "Actors named by the public sources in the dossier; every level and tie placement is the editors' interpretation." },
    fields: [
      f('id', 'pengenal aktor', 'actor identifier'),
      f('name_id', 'nama dalam bahasa Indonesia', 'name in Indonesian'),
      f('name_en', 'nama dalam bahasa Inggris', 'name in English'),
      f('level', 'tingkat menurut penyunting', "level in the editors' reading", { values: levelValues }),
      f('tie', 'ikatan dengan Mpok Sinah Klamben menurut penyunting', "tie with Mpok Sinah Klamben in the editors' reading", { values: tieValues }),
      f('basis', 'selalu interpreted', 'always interpreted', { values: [basisValues[1]] }),
      f('rationale_id', 'alasan penempatan, bahasa Indonesia', 'rationale of the placement, Indonesian'),
      f('rationale_en', 'alasan penempatan, bahasa Inggris', 'rationale of the placement, English'),
      f('sources', 'kunci sumber setiap fakta dalam alasan (sumber yang menyebut aktor, lalu pustaka penempatannya), dipisah spasi', 'keys of the source of each fact in the rationale (the source naming the actor, then the literature of the placement), space-separated', { list: true }),
    ],
    primaryKey: ['id'],
  },
  {
    name: 'actor-sources', title: { id: 'Sumber aktor', en: 'Sources of actors' },
    description: { id: 'Satu baris per pasangan aktor dan sumber alasannya (kolom sources pada aktor, dipecah).', en: "One row per actor and source of its rationale (the actors' sources column, one key a row)." },
    fields: [
      f('actor', 'pengenal aktor', 'actor identifier'),
      f('source', 'kunci sumber', 'source key'),
    ],
    primaryKey: ['actor', 'source'],
    references: { actor: 'actors.id', source: 'sources.key' },
  },
  {
    name: 'events', title: { id: 'Peristiwa', en: 'Events' },
    description: { id: 'Peristiwa bertanggal tentang program dari sumber publik, dengan ketelitian tanggal sebagaimana sumber memberikannya.', en: 'Dated events about the programmes from public sources, with the date precision the source gives.' },
    fields: [
      f('id', 'pengenal peristiwa', 'event identifier'),
      f('date', 'tanggal ISO sejauh sumber menyebutkannya: YYYY, YYYY-MM atau YYYY-MM-DD', 'ISO date as far as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD'),
      f('precision', 'ketelitian tanggal', 'date precision', { values: [v('day', 'hari', 'day'), v('month', 'bulan', 'month'), v('year', 'tahun', 'year')] }),
      f('label_id', 'peristiwa, bahasa Indonesia', 'event, Indonesian'),
      f('label_en', 'peristiwa, bahasa Inggris', 'event, English'),
      f('source', 'kunci sumber', 'source key'),
    ],
    references: { source: 'sources.key' },
  },
  {
    name: 'framework', title: { id: 'Kerangka', en: 'Framework' },
    description: { id: 'Definisi tiga tingkat dan tiga ikatan dengan kunci pustakanya.', en: 'Definitions of the three levels and three ties with their literature keys.' },
    fields: [
      f('kind', 'jenis istilah', 'kind of term', { values: [v('level', 'tingkat (Mouzelis)', 'level (Mouzelis)'), v('tie', 'ikatan (Woolcock)', 'tie (Woolcock)')] }),
      f('id', 'istilah', 'term', { values: [...levelValues, ...tieValues] }),
      f('label_id', 'label, bahasa Indonesia', 'label, Indonesian'),
      f('label_en', 'label, bahasa Inggris', 'label, English'),
      f('definition_id', 'definisi, bahasa Indonesia', 'definition, Indonesian'),
      f('definition_en', 'definisi, bahasa Inggris', 'definition, English'),
      f('source', 'kunci pustaka', 'literature key'),
    ],
    primaryKey: ['kind', 'id'],
    references: { source: 'sources.key' },
  },
  {
    name: 'finding-sources', title: { id: 'Sumber temuan', en: 'Sources of findings' },
    description: { id: 'Satu baris per pasangan temuan dan kalimat abstrak yang menjadi dasarnya (kolom sources pada temuan, dipecah).', en: 'One row per finding and abstract sentence it rests on (the findings\' sources column, one key a row).' },
    fields: [
      f('finding', 'pengenal temuan', 'finding identifier'),
      f('source', 'kunci kalimat abstrak (S1–S14)', 'key of the abstract sentence (S1–S14)'),
    ],
    primaryKey: ['finding', 'source'],
    references: { finding: 'findings.id', source: 'sources.key' },
  },
  {
    name: 'claim-counts', title: { id: 'Jumlah klaim', en: 'Claim counts' },
    description: { id: 'Jumlah penanda klaim di halaman situs per bahasa dan per sumber yang dirujuknya (dari pemeriksaan klaim saat build).', en: 'The number of claim markers on the site\'s pages per language and per source they cite (from the build\'s claim check).' },
    fields: [
      f('lang', 'bahasa halaman', 'language of the pages', { values: [v('id', 'bahasa Indonesia', 'Indonesian'), v('en', 'bahasa Inggris', 'English')] }),
      f('source', 'kunci sumber', 'source key'),
      f('claims', 'jumlah penanda klaim yang merujuk sumber ini', 'number of claim markers citing this source', { type: 'integer' }),
    ],
    primaryKey: ['lang', 'source'],
    references: { source: 'sources.key' },
  },
  {
    name: 'sources', title: { id: 'Sumber', en: 'Sources' },
    description: { id: 'Setiap kunci sumber yang dipakai data ini: kalimat abstrak S1–S14 (teks abstrak apa adanya, karya penulis, tidak dilisensikan di sini) dan kunci pustaka dengan judul dan alamatnya.', en: "Every source key the data uses: the abstract's sentences S1–S14 (the abstract's text verbatim, the author's work, not licensed here) and the reference keys with their titles and addresses." },
    fields: [
      f('key', 'kunci sumber', 'source key'),
      f('kind', 'jenis sumber', 'kind of source', { values: [v('sentence', 'kalimat abstrak', 'a sentence of the abstract'), v('work', 'karya dalam daftar pustaka', 'a work in the bibliography')] }),
      f('text', 'teks kalimat abstrak (bahasa Indonesia, apa adanya)', "the abstract sentence's text (Indonesian, verbatim)", { required: false }),
      f('title', 'judul karya', "the work's title", { required: false }),
      f('url', 'alamat karya', "the work's address", { required: false }),
    ],
    primaryKey: ['key'],
  },
  {
    name: 'claims', title: { id: 'Klaim', en: 'Claims' },
    description: { id: 'Daftar klaim: satu baris per penanda klaim di situs, bahasa Indonesia dan Inggris berdampingan, dengan kalimatnya, sumbernya, dasar, dan alasannya. Dibuat otomatis dari teks halaman (src/generated/claims.json).', en: 'The claims ledger: one row per claim marker on the site, Indonesian and English side by side, with its sentence, sources, basis and rationale. Generated from the pages\' text (src/generated/claims.json).' },
    fields: [
      f('id', 'pengenal klaim: halaman--bagian--urutan', 'claim identifier: page--section--position'),
      f('page', 'slug halaman (kosong untuk beranda)', 'page slug (empty for the home page)', { required: false }),
      f('section', 'id bagian (judul) tempat klaim berada', 'id of the section (heading) the claim is in', { required: false }),
      f('sentence_id', 'kalimat sebelum penanda, bahasa Indonesia', 'the sentence before the marker, Indonesian'),
      f('sentence_en', 'kalimat sebelum penanda, bahasa Inggris', 'the sentence before the marker, English'),
      f('sources', 'kunci sumber (S1–S14 atau kunci pustaka), dipisah spasi', 'source keys (S1–S14 or reference keys), space-separated', { list: true }),
      f('source_text', 'teks lengkap setiap sumber: kalimat abstrak apa adanya [dengan terjemahan], atau judul dan tanggal karya; dipisah " | "', 'full text of each source: the abstract sentence verbatim [with its translation], or the work\'s title and date; separated by " | "'),
      f('basis_id', 'dasar klaim di halaman bahasa Indonesia', 'basis of the claim on the Indonesian page', { values: basisValues }),
      f('basis_en', 'dasar klaim di halaman bahasa Inggris', 'basis of the claim on the English page', { values: basisValues }),
      f('rationale_id', 'alasan interpretasi, bahasa Indonesia', 'rationale of an interpretation, Indonesian', { required: false }),
      f('rationale_en', 'alasan interpretasi, bahasa Inggris', 'rationale of an interpretation, English', { required: false }),
      f('line_id', 'baris penanda dalam berkas MDX bahasa Indonesia', 'line of the marker in the Indonesian MDX file'),
      f('line_en', 'baris penanda dalam berkas MDX bahasa Inggris', 'line of the marker in the English MDX file'),
    ],
  },
];

export interface DatasetRows { findings: Finding[]; actors: Actor[]; events: TimelineEvent[]; framework: Framework; /** The claims ledger's rows (src/lib/ledger.ts ledgerCsvRows), when the caller has them. */ claims?: Record<string, string>[] }
/** The source registry (src/generated/sources.json) and the claim counts (src/generated/claims.json), for the sources and claims resources. */
export interface SourceEntryRow { key: string; kind: string; text?: string; title?: string; url?: string }
export interface PackageExtras { registry: Record<string, SourceEntryRow>; claims: Record<string, { bySource: Record<string, number> }> }

/** Flat rows per resource, in the codebook's column order (sources and claims only with the extras). */
export function resourceRows(data: DatasetRows, extras?: PackageExtras): Record<string, Record<string, string>[]> {
  return {
    'finding-sources': data.findings.flatMap((x) => x.sources.map((source) => ({ finding: x.id, source }))),
    'actor-sources': data.actors.flatMap((x) => x.sources.map((source) => ({ actor: x.id, source }))),
    ...(extras ? {
      'claim-counts': Object.entries(extras.claims).flatMap(([lang, c]) => Object.entries(c.bySource).sort(([a], [b]) => a.localeCompare(b)).map(([source, n]) => ({ lang, source, claims: String(n) }))),
      sources: Object.values(extras.registry).map((x) => ({ key: x.key, kind: x.kind, text: x.text ?? '', title: x.title ?? '', url: x.url ?? '' })),
    } : {}),
    findings: data.findings.map((x) => ({ id: x.id, level: x.level.join(' '), tie: x.tie, valence: x.valence, basis: x.basis, sources: x.sources.join(' '), summary_id: x.summary.id, summary_en: x.summary.en, rationale_id: x.rationale?.id ?? '', rationale_en: x.rationale?.en ?? '', section: x.section })),
    actors: data.actors.map((x) => ({ id: x.id, name_id: x.name.id, name_en: x.name.en, level: x.level, tie: x.tie, basis: x.basis, rationale_id: x.rationale.id, rationale_en: x.rationale.en, sources: x.sources.join(' ') })),
    events: data.events.map((x) => ({ id: x.id, date: x.date, precision: x.precision, label_id: x.label.id, label_en: x.label.en, source: x.source })),
    framework: [...data.framework.levels.map((x) => ({ kind: 'level', ...x })), ...data.framework.ties.map((x) => ({ kind: 'tie', ...x }))].map((x) => ({ kind: x.kind, id: x.id, label_id: x.label.id, label_en: x.label.en, definition_id: x.definition.id, definition_en: x.definition.en, source: x.source })),
    claims: data.claims ?? [],
  };
}

export function resourceCsv(resource: Resource, rows: Record<string, string>[]): string {
  return toCsv(resource.fields.map((x) => x.name), rows);
}

export interface PackageMeta {
  /** The web edition's version (package.json). */
  version: string;
  /** When the data was last changed: the date of the last commit that touched it (never the build's clock), or none. */
  created?: string;
  study: { author: { given: string; family: string }; university: string; recordUrl: string };
}

/** The Frictionless Data Package descriptor (tabular-data-package), with the codebook as table schemas and foreign keys. */
export function dataPackage(meta: PackageMeta): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'community-governance-umkm-mpok-sinah-klamben',
    version: meta.version,
    ...(meta.created ? { created: meta.created } : {}),
    contributors: [
      { title: `${meta.study.author.given} ${meta.study.author.family}`, role: 'author', organization: meta.study.university, path: meta.study.recordUrl },
      { title: 'Editors of the web edition', role: 'wrangler' },
    ],
    title: 'Community Governance dalam Pemberdayaan UMKM: coded findings, actors, events and framework, and the claims ledger',
    description: "The site editors' coding of the abstract of Elsa Febriana's thesis (Universitas Sebelas Maret) and of public sources about Mpok Sinah Klamben. The abstract itself remains the author's work and is not licensed here.",
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: codebook.map((r) => ({
      name: r.name, path: `${r.name}.csv`, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      title: r.title.en, description: r.description.en,
      schema: {
        fields: r.fields.map((x) => ({
          name: x.name, type: x.type === 'integer' ? 'integer' : 'string', description: x.description.en,
          ...(x.values && !x.list ? { constraints: { required: x.required, enum: x.values.map((e) => e.value) } } : { constraints: { required: x.required } }),
        })),
        primaryKey: r.primaryKey ?? ['id'],
        ...(r.references ? {
          foreignKeys: Object.entries(r.references).map(([field, target]) => {
            const [resource, key] = target.split('.');
            return { fields: field, reference: { resource, fields: key } };
          }),
        } : {}),
      },
    })),
  };
}
