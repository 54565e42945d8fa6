/** The study's citation in classic BibTeX (/kutip/febriana-bibtex.bib, `@mastersthesis` with `type = {Skripsi}`; see studyBibtex), generated from src/data/study.json. */
import citation from '../../generated/citation.json';

export function GET(): Response {
  return new Response(citation.bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
