/** robots.txt: everything may be crawled; the sitemap is named when SITE_URL is set (a sitemap needs absolute URLs). */
export function GET({ site }: { site?: URL }): Response {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
