#!/usr/bin/env node
// Login-page JavaScript budget: which JS files a browser loads to show /login, gzipped.
//
// Reads apps/web/dist (build it first: `npm run build -w @yunju/web`); builds nothing itself.
//   1. index.html: the <script type="module" src> entries and <link rel="modulepreload"> hrefs.
//   2. Every static `import … from "./x.js"` / `import "./x.js"` / `export … from "./x.js"`
//      reachable from those, followed transitively. Dynamic `import("./x.js")` is NOT followed:
//      lazily imported chunks (other routes, ECharts) are not counted.
//   3. The login route itself is code-split too (every route is lazy), and the router fetches
//      it on /login before anything shows. Not counting it would understate what the login page
//      costs, so the chunk whose name starts with `--route-chunk` (default `login-page-`) and its
//      static imports are added as "route" files. It must exist, else the script fails.
// Sizes: node:zlib gzip level 9. Budget: 300 KiB gzip for the total; exits 1 above it.
// Also prints the baseline: every JS file in dist (the whole app) in the same run.
//
// Usage: node bench/web/login-bundle.mjs [--dist apps/web/dist] [--budget-kib 300] [--route-chunk login-page-]

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(repoRoot, 'apps/web/dist') },
    'budget-kib': { type: 'string', default: '300' },
    'route-chunk': { type: 'string', default: 'login-page-' },
  },
});
const dist = resolve(args.dist);
const budgetBytes = Math.round(Number(args['budget-kib']) * 1024);

function fail(message) {
  console.error(`login-bundle: ${message}`);
  process.exit(2);
}

if (!existsSync(join(dist, 'index.html'))) fail(`${dist}/index.html not found; run \`npm run build -w @yunju/web\` first`);
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Attributes of every <tag …> in the HTML, as objects. */
function tags(source, name) {
  const found = [];
  const tagRe = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  for (const match of source.matchAll(tagRe)) {
    const attrs = {};
    for (const a of match[1].matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    found.push(attrs);
  }
  return found;
}

/** A URL from the HTML (site-absolute or relative to index.html) as a path inside dist. */
function fromHtml(url) {
  const path = url.split(/[?#]/)[0];
  if (/^[a-z]+:\/\//i.test(path)) fail(`external script ${url} cannot be measured`);
  return posix.normalize(path.startsWith('/') ? path.slice(1) : path);
}

const scripts = tags(html, 'script');
const inline = scripts.filter((s) => !('src' in s));
if (inline.length > 0) fail('index.html has an inline <script>; the CSP forbids it');
const entries = scripts.filter((s) => s.type === 'module' && s.src).map((s) => fromHtml(s.src));
if (entries.length === 0) fail('no <script type="module" src> in index.html');
const preloads = tags(html, 'link')
  .filter((l) => (l.rel ?? '').split(/\s+/).includes('modulepreload') && l.href)
  .map((l) => fromHtml(l.href));
const styles = tags(html, 'link')
  .filter((l) => (l.rel ?? '').split(/\s+/).includes('stylesheet') && l.href)
  .map((l) => fromHtml(l.href));

// Static import/export-from specifiers. In minified ESM output a static import is `import` then
// either a quote directly (`import"./a.js"`) or a clause without parentheses ending in `from`;
// `import(` (dynamic) never matches because `(` cannot start either form.
// Rolldown prints specifiers with quotes or backticks.
const staticImportRe = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`\n]+?\.m?js)\1/g;
const dynamicImportRe = /\bimport\s*\(\s*(["'`])([^"'`\n]+?\.m?js)\1\s*\)/g;

function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const out = new Set();
  for (const m of code.matchAll(staticImportRe)) {
    const spec = m[2];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue; // bare specifiers do not exist in a browser build
    out.add(spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return [...out];
}

function dynamicImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(dynamicImportRe)].map((m) => posix.normalize(posix.join(posix.dirname(file), m[2])));
}

const gzipCache = new Map();
function sizes(file) {
  if (!gzipCache.has(file)) {
    const full = join(dist, file);
    if (!existsSync(full)) fail(`${file} is referenced but missing from dist`);
    const data = readFileSync(full);
    gzipCache.set(file, { bytes: data.length, gzipBytes: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length });
  }
  return gzipCache.get(file);
}

/** Files reachable through static imports from `roots`, skipping `seen`, in discovery order. */
function closure(roots, seen, role) {
  const found = [];
  const queue = roots.map((file) => ({ file, role }));
  while (queue.length > 0) {
    const { file, role: r } = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    found.push({ file, role: r });
    for (const dep of staticImports(file)) queue.push({ file: dep, role: 'static' });
  }
  return found;
}

const seen = new Set();
const initial = [
  ...closure(entries, seen, 'entry'),
  ...closure(preloads, seen, 'modulepreload'),
];

const routeChunks = readdirSync(join(dist, 'assets'))
  .filter((name) => name.startsWith(args['route-chunk']) && name.endsWith('.js'))
  .map((name) => `assets/${name}`);
if (routeChunks.length !== 1) fail(`expected one route chunk named ${args['route-chunk']}*.js, found ${routeChunks.length}`);
const routeChunk = routeChunks[0];
const lazyFromInitial = new Set(initial.flatMap(({ file }) => dynamicImports(file)));
if (!lazyFromInitial.has(routeChunk)) fail(`${routeChunk} is not imported by the entry chunks; is it still the login route?`);
const route = closure([routeChunk], seen, 'route').map((f) => (f.file === routeChunk ? f : { ...f, role: 'route-static' }));

const files = [...initial, ...route].map(({ file, role }) => ({ file, role, ...sizes(file) }));
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
const initialFiles = files.filter((f) => !f.role.startsWith('route'));
const routeFiles = files.filter((f) => f.role.startsWith('route'));

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}
const allJs = allFiles(dist)
  .filter((f) => /\.m?js$/.test(f))
  .map((f) => relative(dist, f).split('\\').join('/'));
const allSizes = allJs.map((file) => ({ file, ...sizes(file) }));

const totalGzipBytes = sum(files, 'gzipBytes');
const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const result = {
  dist: relative(process.cwd(), dist) || '.',
  gzipLevel: 9,
  budgetBytes,
  files: files.map(({ file, role, bytes, gzipBytes }) => ({ file, role, bytes, gzipBytes })),
  initial: { files: initialFiles.length, bytes: sum(initialFiles, 'bytes'), gzipBytes: sum(initialFiles, 'gzipBytes') },
  loginRoute: { files: routeFiles.length, bytes: sum(routeFiles, 'bytes'), gzipBytes: sum(routeFiles, 'gzipBytes') },
  total: { files: files.length, bytes: sum(files, 'bytes'), gzipBytes: totalGzipBytes, gzipKiB: kib(totalGzipBytes) },
  baselineAllJs: { files: allSizes.length, bytes: sum(allSizes, 'bytes'), gzipBytes: sum(allSizes, 'gzipBytes'), gzipKiB: kib(sum(allSizes, 'gzipBytes')) },
  loginShareOfAllJs: Math.round((totalGzipBytes / Math.max(1, sum(allSizes, 'gzipBytes'))) * 1000) / 1000,
  css: styles.map((file) => ({ file, ...sizes(file) })),
  withinBudget: totalGzipBytes <= budgetBytes,
};
console.log(JSON.stringify(result, null, 2));
if (!result.withinBudget) {
  console.error(`login-bundle: ${kib(totalGzipBytes)} KiB gzip exceeds the ${kib(budgetBytes)} KiB budget`);
  process.exit(1);
}
