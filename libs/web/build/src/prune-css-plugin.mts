import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Whether the app can ever put `name` on an element: the class appears in some chunk of the build, whole or as
 * the fixed part of a composed name (`"btn-" + color`, `` `btn-outline-${c}` ``): every prefix of it that ends
 * with "-" is tried as the end of a string literal. Conservative on purpose: a kept rule costs bytes, a dropped
 * one a broken page.
 */
export function classUsage(code: string): (name: string) => boolean {
  const memo = new Map<string, boolean>();
  return (name) => {
    let used = memo.get(name);
    if (used !== undefined) return used;
    used = code.includes(name);
    for (let i = name.indexOf('-'); !used && i > 0; i = name.indexOf('-', i + 1)) {
      const prefix = name.slice(0, i + 1);
      used = ['"', "'", '`', '${'].some((end) => code.includes(prefix + end));
    }
    memo.set(name, used);
    return used;
  };
}

/** Index just past the block that opens at `open` (a "{"), strings and comments skipped. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i === 0) return css.length;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/** A selector list split at its top-level commas (not those inside :is(...), :not(...), [attr="a,b"]). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '"' || c === "'") for (i++; i < list.length && list[i] !== c; i++);
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out;
}

/** The classes a selector requires of its elements (not those under :not(), :is(), :has()..., nor in [attr]). */
function requiredClasses(selector: string): string[] {
  let flat = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) flat += c;
  }
  return [...flat.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}

/**
 * Drops from a style sheet every selector that names a class the app never uses, and every rule left without a
 * selector; inside @media, @supports and @layer the same, and such a block left empty goes too. Element,
 * attribute and custom-property rules, @font-face and @keyframes stay as they are.
 */
export function pruneCss(css: string, used: (name: string) => boolean): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (open < 0) return out + css.slice(i);
    if (css.startsWith('@', css.slice(i).search(/\S/) + i) && semicolon >= 0 && semicolon < open) {
      out += css.slice(i, semicolon + 1); // @charset, @import
      i = semicolon + 1;
      continue;
    }
    const prelude = css.slice(i, open);
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end - 1);
    const at = prelude.trim();
    if (at.startsWith('@')) {
      if (/^@(media|supports|layer|container)\b/.test(at)) {
        const inner = pruneCss(body, used);
        if (inner.trim()) out += `${prelude}{${inner}}`;
      } else out += css.slice(i, end);
    } else {
      const kept = splitSelectors(prelude).filter((s) => requiredClasses(s).every(used));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = end;
  }
  return out;
}

/**
 * Bootstrap Italia's style sheet is 600 kB (87 kB gzip) and render-blocking, and an app uses a few per cent of it.
 * After the build, each CSS file keeps only the rules whose classes some chunk of the same build can set (our code
 * and design-react-kit's, lazy chunks included): what the first screen waits for shrinks, and so does the
 * browser's style work on every page. The pruned file gets a name hashed from what it now holds (the files are
 * served as immutable), and the HTML and chunks that name it are told.
 */
export function pruneCssPlugin(): Plugin {
  return {
    name: 'facile-web-prune-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const code = Object.values(bundle)
        .map((item) =>
          item.type === 'chunk' ? item.code : item.fileName.endsWith('.html') ? String(item.source) : '',
        )
        .join('\n');
      const used = classUsage(code);
      const renamed = new Map<string, string>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'asset' || !item.fileName.endsWith('.css')) continue;
        const pruned = pruneCss(String(item.source), used);
        const hash = createHash('sha256')
          .update(pruned)
          .digest('base64url')
          .slice(0, 8)
          .replace(/[-_]/g, 'x');
        const fileName = item.fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
        if (fileName === item.fileName) throw new Error(`no content hash in the name ${item.fileName}`);
        renamed.set(item.fileName, fileName);
        delete bundle[item.fileName];
        this.emitFile({ type: 'asset', fileName, source: pruned });
      }
      const rename = (text: string) => [...renamed].reduce((t, [from, to]) => t.split(from).join(to), text);
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') {
          item.code = rename(item.code);
          // what Vite's own later step writes into the chunks' preload lists
          const css = item.viteMetadata?.importedCss;
          if (css) for (const [from, to] of renamed) if (css.delete(from)) css.add(to);
        } else if (item.fileName.endsWith('.html')) item.source = rename(String(item.source));
      }
    },
  };
}
