import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Text faces the first screen needs at once: preloaded, so the text does not reflow when they arrive. */
const FIRST_SCREEN_FONTS = /titillium-web-latin-(400|600|700)-normal\.woff2$/;

/** `it-chevron-down` → `ItChevronDown`, the module design-react-kit lazy-loads for that icon. */
export const iconModuleName = (icon: string) =>
  icon
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/**
 * Adds to the built index.html a `<link rel="modulepreload">` for the chunk of each icon the shell shows
 * (libs/web/ui/src/lib/icons/shell-icons.json, the list the app also hands to the kit's `preloadIcons`
 * before its first render) and a `<link rel="preload" as="font">` for the first screen's text faces. The
 * browser fetches them in parallel with the entry chunk, so nothing flickers and no request waits on
 * another. Tags only, no inline script: the Content-Security-Policy allows none.
 */
export function preloadPlugin(workspaceRoot: string): Plugin {
  const listFile = path.join(workspaceRoot, 'libs/web/ui/src/lib/icons/shell-icons.json');
  const icons = new Set((JSON.parse(readFileSync(listFile, 'utf8')) as string[]).map(iconModuleName));
  let base = '/';
  return {
    name: 'facile-web-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const item of Object.values(ctx.bundle ?? {})) {
          const href = base + item.fileName;
          if (item.type === 'chunk' && item.facadeModuleId?.includes('/design-react-kit/dist/Icon/assets/')) {
            if (icons.has(path.basename(item.facadeModuleId, '.js')))
              tags.push({
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href },
                injectTo: 'head',
              });
          } else if (
            item.type === 'asset' &&
            item.originalFileNames.some((name) => FIRST_SCREEN_FONTS.test(name))
          ) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href },
              injectTo: 'head',
            });
          }
        }
        const missing = [...icons].filter(
          (name) => !tags.some((t) => String(t.attrs?.['href']).includes(`/${name}-`)),
        );
        if (missing.length) this.warn(`shell icons without a chunk to preload: ${missing.join(', ')}`);
        return tags.sort((a, b) => String(a.attrs?.['href']).localeCompare(String(b.attrs?.['href'])));
      },
    },
  };
}
