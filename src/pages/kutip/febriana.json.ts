/** The study's citation as a download (/kutip/febriana.json), generated from src/data/study.json. */
import citation from '../../generated/citation.json';

export function GET(): Response {
  return new Response(citation.cslJson, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
}
