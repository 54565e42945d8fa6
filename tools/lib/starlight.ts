/**
 * The bench's baseline: the same synthetic content as a Starlight site (Astro's documentation
 * theme, a devDependency used only here), built on this machine in the same run. Each MDX page
 * becomes Markdown (imports and components dropped, their text kept, heading ids removed), in
 * the same two languages (Indonesian at the root, English under /en/); Starlight runs Pagefind
 * itself. Works offline: everything comes from node_modules.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** MDX -> Markdown that any Markdown site builds: no imports, no components (their inner text stays), no `{#id}`. */
export function toMarkdown(mdx: string): string {
  const [, front = '', body = mdx] = /^(---\n[\s\S]*?\n---\n)?([\s\S]*)$/.exec(mdx) ?? [];
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<([A-Z][\w.]*)\b[^>]*?\/>/gs, '')
    .replace(/<\/?[A-Z][\w.]*\b[^>]*>/gs, '')
    .replace(/\s*\{#[\w-]+\}\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
  const frontmatter = front.replace(/^order:.*\n/m, '');
  return `${frontmatter}${text.trim()}\n`;
}

/** A Starlight project in a temporary directory holding the pages of `projectDir` (a synthetic copy). */
export function starlightCopy(projectDir: string, root: string): string {
  // Inside the project (ignored by git), so packages resolve from its node_modules without a
  // symlink, which Starlight's virtual modules do not follow.
  mkdirSync(join(root, '.bench-tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.bench-tmp', 'starlight-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "starlight-baseline", "private": true, "type": "module", "dependencies": { "@astrojs/starlight": "*", "astro": "*" } }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Community Governance',
    defaultLocale: 'root',
    locales: { root: { label: 'Bahasa Indonesia', lang: 'id' }, en: { label: 'English', lang: 'en' } },
  })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const lang of ['id', 'en']) {
    const out = join(dir, 'src', 'content', 'docs', ...(lang === 'en' ? ['en'] : []));
    mkdirSync(out, { recursive: true });
    const pages = join(projectDir, 'src', 'content', 'pages', lang);
    for (const file of readdirSync(pages).filter((f) => f.endsWith('.mdx'))) {
      writeFileSync(join(out, file.replace(/\.mdx$/, '.md')), toMarkdown(readFileSync(join(pages, file), 'utf8')));
    }
    writeFileSync(join(out, 'index.md'), toMarkdown(readFileSync(join(projectDir, 'src', 'content', 'home', `${lang}.mdx`), 'utf8')));
  }
  return dir;
}
