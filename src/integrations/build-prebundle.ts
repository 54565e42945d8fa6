/**
 * `astro build` starts a Vite dev server of its own to read the content config, and Astro asks every
 * dev server to pre-bundle a few browser modules (`optimizeDeps.include`: its dev toolbar and
 * helpers). A build never serves them: on a cold build (no node_modules/.vite yet, as on CI or in a
 * fresh clone) that pre-bundling took about 0.35 s before the build could go on. For
 * `astro build` only, this empties the list, so that server pre-bundles nothing; `astro dev` keeps it.
 */
import type { AstroIntegration } from 'astro';
import { inBuild } from './vite-plugin-in-build.ts';

export function noPrebundleInBuild(): AstroIntegration {
  return {
    name: 'no-prebundle-in-build',
    hooks: {
      'astro:config:setup': inBuild({
        name: 'no-prebundle-in-build',
        enforce: 'post',
        // Mutated, not returned: a returned `include: []` would be merged into Astro's lists (the
        // shared one and the client environment's), not replace them.
        config(config) {
          for (const options of [config.optimizeDeps, ...Object.values(config.environments ?? {}).map((e) => e.optimizeDeps)]) {
            if (options?.include) options.include = [];
          }
        },
        configEnvironment(_name, options) {
          if (options.optimizeDeps?.include) options.optimizeDeps.include = [];
        },
      }),
    },
  };
}
