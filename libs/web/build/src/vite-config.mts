import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { preloadPlugin } from './preload-plugin.mts';
import { pruneCssPlugin } from './prune-css-plugin.mts';
import { ResultsReporter } from './results-reporter.mts';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The API prefixes the gateway routes to the services (the dev server proxies them to it). */
const API_PREFIXES = ['/catalogue', '/scheduling', '/assistance', '/notifications'];

/**
 * The web libraries by their tsconfig.base.json aliases (only @facile/web/* and @facile/contracts: module
 * boundaries refuse anything else in a web project), plus design-react-kit pointed at its ES build: its
 * package `exports` offer only `module`/`main` conditions and extension-less imports, which Node (and
 * therefore Vitest's externalised dependencies) cannot load.
 */
function aliases(): Alias[] {
  const { compilerOptions } = JSON.parse(
    readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'),
  ) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const libs = Object.entries(compilerOptions.paths)
    .filter(([name]) => name.startsWith('@facile/web/') || name === '@facile/contracts')
    .map(([name, [target]]) => ({
      find: new RegExp(`^${name}$`),
      replacement: path.join(workspaceRoot, target ?? ''),
    }));
  return [
    ...libs,
    {
      find: /^design-react-kit$/,
      replacement: path.join(workspaceRoot, 'node_modules/design-react-kit/dist/index.js'),
    },
  ];
}

/**
 * Vitest settings shared by every web project: Testing Library's matchers, totals for `npm test`. The environment is
 * Node: a spec that renders or needs `document` says `// @vitest-environment jsdom` on its first line, so the pure
 * logic specs (most of them) do not pay for a DOM each.
 */
function testConfig(name: string): NonNullable<UserConfig['test']> {
  return {
    name,
    environment: 'node',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: [path.join(workspaceRoot, 'libs/web/build/src/test-setup.ts')],
    server: { deps: { inline: ['design-react-kit'] } },
    // The kit's index re-exports Video and NavScroll, which import Bootstrap Italia's whole script bundle.
    // An app's build leaves it out (tree-shaking: no page uses them); a test imports the index unshaken,
    // and that script's global keyboard handlers would then act on every `.dropdown-menu` of ours.
    alias: [
      {
        find: /^bootstrap-italia$/,
        replacement: path.join(workspaceRoot, 'libs/web/build/src/no-bootstrap-script.mts'),
      },
    ],
    reporters: ['default', new ResultsReporter(name, workspaceRoot)],
    testTimeout: 15000,
  };
}

export interface WebAppOptions {
  /** Nx project name, also the folder under dist/web. */
  name: string;
  /** The app's directory (`import.meta.dirname` of its vite.config.ts). */
  dir: string;
  /** Public path the gateway serves the app under, with trailing slash. */
  base: string;
  /** Port of `nx serve`. */
  port: number;
}

/**
 * A web application: React, hashed asset names under dist/web/<name>, the shell's icons and fonts preloaded
 * from index.html, and a dev server that proxies the API prefixes to the gateway (FACILE_GATEWAY_URL,
 * default http://127.0.0.1:8080), so the app and the API share one origin as in production.
 */
export function webAppConfig(options: WebAppOptions) {
  const gateway = process.env['FACILE_GATEWAY_URL'] ?? 'http://127.0.0.1:8080';
  return defineConfig({
    root: options.dir,
    base: options.base,
    cacheDir: path.join(workspaceRoot, 'tmp/vite', options.name),
    plugins: [react(), preloadPlugin(workspaceRoot), pruneCssPlugin()],
    resolve: { alias: aliases() },
    build: {
      outDir: path.join(workspaceRoot, 'dist/web', options.name),
      emptyOutDir: true,
      assetsDir: 'assets',
      sourcemap: true,
      // bootstrap-italia's CSS alone is 600 kB before compression; the figure that matters is the gzip size.
      chunkSizeWarningLimit: 700,
      // icons and fonts are files of their own, hashed and cached, never data: URLs in the CSS or JS
      assetsInlineLimit: 0,
      // one style sheet, named by index.html only: the pruning (prune-css-plugin) renames it after the chunks are
      // hashed, and no cached chunk may still name the old file
      cssCodeSplit: false,
    },
    server: {
      port: options.port,
      strictPort: true,
      proxy: Object.fromEntries(
        API_PREFIXES.map((prefix) => [prefix, { target: gateway, changeOrigin: false }]),
      ),
    },
    preview: { port: options.port, strictPort: true },
    test: testConfig(options.name),
  });
}

/** A web library: only its component and unit tests. */
export function webLibConfig(options: { name: string; dir: string }) {
  return defineConfig({
    root: options.dir,
    cacheDir: path.join(workspaceRoot, 'tmp/vite', options.name),
    plugins: [react()],
    resolve: { alias: aliases() },
    test: testConfig(options.name),
  });
}
