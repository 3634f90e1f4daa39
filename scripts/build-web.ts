import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoPath } from '../src/knowledge/data-files.js';

/**
 * Builds the web UI into dist/web: one minified ES module and its CSS (esbuild), the page, and the
 * world outlines it draws the map on (Natural Earth 1:110m via world-atlas). Nothing is loaded from
 * elsewhere at run time, so the UI works offline.
 */
const out = repoPath('dist/web');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: repoPath('web/main.tsx') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(repoPath('web/index.html'), `${out}/index.html`);
copyFileSync(repoPath('node_modules/world-atlas/countries-110m.json'), `${out}/countries-110m.json`);
const js = readFileSync(`${out}/app.js`);
process.stdout.write(`web UI built in dist/web: app.js ${(statSync(`${out}/app.js`).size / 1024).toFixed(0)} KB (${(gzipSync(js).length / 1024).toFixed(0)} KB gzipped)\n`);
