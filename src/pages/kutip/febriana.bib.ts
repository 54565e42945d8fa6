/** The study's citation as a download (/kutip/febriana.bib), generated from src/data/study.json. */
import citation from '../../generated/citation.json';

export function GET(): Response {
  return new Response(citation.biblatex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
