#!/usr/bin/env node
// Renders a Kustomize directory the way `kubectl kustomize` does, for the subset k8s/ uses, with no binary
// and nothing downloaded: `npm run -s k8s:render -- <dev|prod|path>` prints multi-document YAML.
//
// Supported kustomization fields: resources (files and directories), namespace, labels (pairs, without
// selectors), images (name → newName/newTag/digest), configMapGenerator (files, literals, envs; behavior
// create|merge|replace; content-hash suffix unless generatorOptions/options.disableNameSuffixHash, with the
// references in pod templates renamed), patches (strategic merge by kind+name, or on every `target` match by
// kind, name, group, version and equality labelSelector;
// JSON 6902 ops add/replace/remove when the patch is a list). Anything else fails loudly.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KNOWN = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'labels',
  'images',
  'configMapGenerator',
  'generatorOptions',
  'patches',
]);
const GENERATED = Symbol('generated');

const parseAll = (text, file) =>
  YAML.parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
      return d.toJS();
    })
    .filter((o) => o !== null && o !== undefined);

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v) => structuredClone(v);

/** Strategic merge, simplified: maps deep-merge, lists of maps with `name` merge by name, other lists replace; null deletes. */
export function strategicMerge(target, patch) {
  if (!isObj(target) || !isObj(patch)) return clone(patch);
  const out = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (
      Array.isArray(v) &&
      Array.isArray(out[k]) &&
      v.every((e) => isObj(e) && 'name' in e) &&
      out[k].every((e) => isObj(e) && 'name' in e)
    ) {
      const merged = out[k].map(clone);
      for (const item of v) {
        const i = merged.findIndex((e) => e.name === item.name);
        if (item.$patch === 'delete') {
          if (i >= 0) merged.splice(i, 1);
        } else if (i >= 0) merged[i] = strategicMerge(merged[i], item);
        else merged.push(clone(item));
      }
      out[k] = merged;
    } else if (isObj(v) && isObj(out[k])) out[k] = strategicMerge(out[k], v);
    else out[k] = clone(v);
  }
  return out;
}

const pointer = (p) =>
  p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

function jsonPatch(obj, ops, where) {
  const out = clone(obj);
  for (const op of ops) {
    const keys = pointer(op.path);
    const last = keys.pop();
    let parent = out;
    for (const k of keys) {
      if (parent[k] === undefined) throw new Error(`${where}: ${op.op} ${op.path}: no such path`);
      parent = parent[k];
    }
    const idx = Array.isArray(parent) ? (last === '-' ? parent.length : Number(last)) : last;
    switch (op.op) {
      case 'add':
        if (Array.isArray(parent)) parent.splice(idx, 0, clone(op.value));
        else parent[idx] = clone(op.value);
        break;
      case 'replace':
        if (parent[idx] === undefined) throw new Error(`${where}: replace ${op.path}: no such path`);
        parent[idx] = clone(op.value);
        break;
      case 'remove':
        if (Array.isArray(parent)) parent.splice(idx, 1);
        else delete parent[idx];
        break;
      default:
        throw new Error(`${where}: unsupported JSON patch op ${op.op}`);
    }
  }
  return out;
}

/** A target's labelSelector, equality terms only (`a=b,c=d`); anything else fails loudly. */
function selects(selector, labels = {}) {
  return selector.split(',').every((term) => {
    const m = /^\s*([\w./-]+)\s*==?\s*([\w.-]*)\s*$/.exec(term);
    if (!m) throw new Error(`labelSelector "${selector}": only key=value terms are supported`);
    return labels[m[1]] === m[2];
  });
}

const matches = (o, t) =>
  (!t.kind || o.kind === t.kind) &&
  (!t.labelSelector || selects(t.labelSelector, o.metadata?.labels)) &&
  (!t.name || new RegExp(`^(?:${t.name})$`).test(o.metadata?.name ?? '')) &&
  (!t.group || (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '') === t.group) &&
  (!t.version || o.apiVersion.split('/').pop() === t.version);

function readKustomization(dir) {
  for (const f of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    const file = path.join(dir, f);
    if (existsSync(file)) {
      const k = YAML.parse(readFileSync(file, 'utf8')) ?? {};
      for (const key of Object.keys(k))
        if (!KNOWN.has(key)) throw new Error(`${file}: unsupported field "${key}"`);
      return { k, file };
    }
  }
  throw new Error(`${dir}: no kustomization.yaml`);
}

function generateConfigMap(dir, g, options) {
  const data = {};
  for (const f of g.files ?? []) {
    const [key, rel] = f.includes('=') ? f.split('=', 2) : [path.basename(f), f];
    data[key] = readFileSync(path.join(dir, rel), 'utf8');
  }
  for (const e of g.envs ?? []) {
    for (const line of readFileSync(path.join(dir, e), 'utf8').split('\n')) {
      const t = line.trim();
      if (t && !t.startsWith('#')) data[t.slice(0, t.indexOf('='))] = t.slice(t.indexOf('=') + 1);
    }
  }
  for (const l of g.literals ?? []) {
    const i = l.indexOf('=');
    if (i < 1) throw new Error(`${dir}: bad literal "${l}"`);
    data[l.slice(0, i)] = l.slice(i + 1).replace(/^"(.*)"$/, '$1');
  }
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data };
  if (g.namespace) cm.metadata.namespace = g.namespace;
  const noHash = g.options?.disableNameSuffixHash ?? options?.disableNameSuffixHash ?? false;
  Object.defineProperty(cm, GENERATED, { value: { hash: !noHash }, enumerable: false, writable: true });
  return cm;
}

/** Kustomize's suffix: sha256 of the JSON encoding, first 10 hex characters with vowels-like digits swapped. */
function hashSuffix(cm) {
  const json = JSON.stringify({
    data: Object.fromEntries(Object.entries(cm.data).sort()),
    kind: 'ConfigMap',
    name: cm.metadata.name,
  });
  const hex = createHash('sha256').update(json).digest('hex').slice(0, 10);
  return hex.replace(/[013ae]/g, (c) => ({ 0: 'g', 1: 'h', 3: 'k', a: 'm', e: 't' })[c]);
}

function buildDir(dir) {
  const { k, file } = readKustomization(dir);
  let objs = [];
  for (const r of k.resources ?? []) {
    const p = path.resolve(dir, r);
    if (!existsSync(p)) throw new Error(`${file}: resource ${r} not found`);
    if (statSync(p).isDirectory()) objs.push(...buildDir(p));
    else objs.push(...parseAll(readFileSync(p, 'utf8'), p));
  }
  for (const g of k.configMapGenerator ?? []) {
    const cm = generateConfigMap(dir, g, k.generatorOptions);
    const behavior = g.behavior ?? 'create';
    const i = objs.findIndex((o) => o.kind === 'ConfigMap' && o.metadata.name === g.name && o[GENERATED]);
    if (behavior === 'create') {
      if (i >= 0) throw new Error(`${file}: ConfigMap ${g.name} already generated (use behavior: merge)`);
      objs.push(cm);
    } else {
      if (i < 0) throw new Error(`${file}: behavior ${behavior} but no ConfigMap ${g.name} below`);
      const meta = objs[i][GENERATED];
      const data = behavior === 'merge' ? { ...objs[i].data, ...cm.data } : cm.data;
      objs[i] = { ...objs[i], data };
      Object.defineProperty(objs[i], GENERATED, { value: meta, enumerable: false, writable: true });
    }
  }
  for (const [n, p] of (k.patches ?? []).entries()) {
    const where = `${file}: patches[${n}]`;
    const docs = p.path
      ? parseAll(readFileSync(path.resolve(dir, p.path), 'utf8'), p.path)
      : parseAll(p.patch ?? '', where);
    for (const doc of docs) {
      const ops = Array.isArray(doc) ? doc : null;
      if (ops && !p.target) throw new Error(`${where}: a JSON 6902 patch needs a target`);
      const target = p.target ?? { kind: doc.kind, name: doc.metadata?.name };
      let hit = 0;
      objs = objs.map((o) => {
        if (!matches(o, target)) return o;
        hit++;
        const patched = ops
          ? jsonPatch(o, ops, where)
          : strategicMerge(o, { ...doc, metadata: { ...doc.metadata, name: o.metadata.name } });
        if (o[GENERATED])
          Object.defineProperty(patched, GENERATED, {
            value: o[GENERATED],
            enumerable: false,
            writable: true,
          });
        return patched;
      });
      if (hit === 0) throw new Error(`${where}: matches nothing (${JSON.stringify(target)})`);
    }
  }
  const keep = (o, patched) => {
    if (o[GENERATED])
      Object.defineProperty(patched, GENERATED, { value: o[GENERATED], enumerable: false, writable: true });
    return patched;
  };
  if (k.namespace)
    objs = objs.map((o) => keep(o, { ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  for (const l of k.labels ?? []) {
    if (l.includeSelectors) throw new Error(`${file}: labels.includeSelectors is not supported`);
    objs = objs.map((o) => {
      const c = keep(o, clone(o));
      c.metadata.labels = { ...c.metadata.labels, ...l.pairs };
      if (l.includeTemplates && c.spec?.template?.metadata)
        c.spec.template.metadata.labels = { ...c.spec.template.metadata.labels, ...l.pairs };
      return c;
    });
  }
  if (k.images?.length) {
    objs = objs.map((o) => {
      const c = keep(o, clone(o));
      for (const ctr of podContainers(c)) {
        const [name, tag] = splitImage(ctr.image);
        const rule = k.images.find((i) => i.name === name);
        if (!rule) continue;
        const newName = rule.newName ?? name;
        ctr.image = rule.digest
          ? `${newName}@${rule.digest}`
          : `${newName}:${rule.newTag ?? tag ?? 'latest'}`;
      }
      return c;
    });
  }
  return objs;
}

function splitImage(image) {
  const at = image.indexOf('@');
  if (at >= 0) return [image.slice(0, at), undefined];
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/')
    ? [image.slice(0, colon), image.slice(colon + 1)]
    : [image, undefined];
}

const podSpecOf = (o) =>
  o.spec?.jobTemplate?.spec?.template?.spec ??
  o.spec?.template?.spec ??
  (o.kind === 'Pod' ? o.spec : undefined);
const podContainers = (o) => {
  const s = podSpecOf(o);
  return s ? [...(s.initContainers ?? []), ...(s.containers ?? [])] : [];
};

function renameConfigMapRefs(o, names) {
  const s = podSpecOf(o);
  if (!s) return;
  const ren = (n) => names.get(n) ?? n;
  for (const v of s.volumes ?? []) {
    if (v.configMap) v.configMap.name = ren(v.configMap.name);
    for (const src of v.projected?.sources ?? [])
      if (src.configMap) src.configMap.name = ren(src.configMap.name);
  }
  for (const c of podContainers(o)) {
    for (const e of c.envFrom ?? []) if (e.configMapRef) e.configMapRef.name = ren(e.configMapRef.name);
    for (const e of c.env ?? [])
      if (e.valueFrom?.configMapKeyRef)
        e.valueFrom.configMapKeyRef.name = ren(e.valueFrom.configMapKeyRef.name);
  }
}

const ORDER = [
  'Namespace',
  'ServiceAccount',
  'ConfigMap',
  'Secret',
  'Service',
  'Deployment',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'Job',
  'Ingress',
  'NetworkPolicy',
  'KafkaTopic',
];

/** The rendered objects of a kustomization directory. */
export function render(dir) {
  const objs = buildDir(path.resolve(dir)).map((o) => {
    const c = clone(o);
    if (o[GENERATED]?.hash) Object.defineProperty(c, GENERATED, { value: o[GENERATED], enumerable: false });
    return c;
  });
  const names = new Map();
  for (const o of objs) {
    if (o.kind === 'ConfigMap' && o[GENERATED]) {
      const hashed = `${o.metadata.name}-${hashSuffix(o)}`;
      names.set(o.metadata.name, hashed);
      o.metadata.name = hashed;
    }
  }
  for (const o of objs) renameConfigMapRefs(o, names);
  const seen = new Set();
  for (const o of objs) {
    const id = `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
    if (seen.has(id)) throw new Error(`duplicate object ${id}`);
    seen.add(id);
  }
  const rank = (o) => (ORDER.includes(o.kind) ? ORDER.indexOf(o.kind) : ORDER.length);
  return objs.sort((a, b) => rank(a) - rank(b) || a.metadata.name.localeCompare(b.metadata.name));
}

export const toYaml = (objs) =>
  objs.map((o) => YAML.stringify(o, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) {
    process.stderr.write(
      'usage: npm run -s k8s:render -- <dev|prod|path to a kustomization directory> [--json]\n',
    );
    process.exit(2);
  }
  const dir = existsSync(path.join(root, 'k8s/overlays', target))
    ? path.join(root, 'k8s/overlays', target)
    : path.resolve(target);
  try {
    const objs = render(dir);
    process.stdout.write(json ? `${JSON.stringify(objs)}\n` : toYaml(objs));
  } catch (err) {
    process.stderr.write(`k8s:render: ${err.message}\n`);
    process.exit(1);
  }
}
