import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './lib/content.ts';

/** Content pages: src/content/pages/<lang>/<slug>.mdx, one file per page per language. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
  schema: pageFrontmatterSchema,
});

/** The home page's prose: src/content/home/<lang>.mdx. */
const home = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/home' }),
  schema: pageFrontmatterSchema,
});

export const collections = { pages, home };
