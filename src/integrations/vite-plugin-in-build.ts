/**
 * An integration's Vite plugin for `astro build` only (`astro dev` never sees it): the shared
 * shape of ./build-prebundle.ts and ./data-loaders.ts.
 */
import type { AstroIntegration } from 'astro';

type VitePlugin = NonNullable<NonNullable<Parameters<Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['updateConfig']>[0]['vite']>['plugins']>[number];

export function inBuild(plugin: VitePlugin): NonNullable<AstroIntegration['hooks']['astro:config:setup']> {
  return ({ command, updateConfig }) => {
    if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
  };
}
