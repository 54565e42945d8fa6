/** The study's citation as a download (/kutip/febriana.ris), generated from src/data/study.json. */
import citation from '../../generated/citation.json';

export function GET(): Response {
  return new Response(citation.ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}
