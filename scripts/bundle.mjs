// Shared esbuild settings for the executables: core and its dependencies inlined, so start-up reads
// one file instead of resolving hundreds of modules.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeCliCodeCaches } from './cli-code-caches.mjs';
import { tsImport } from 'tsx/esm/api';

const corePackageJson = fileURLToPath(new URL('../packages/core/package.json', import.meta.url));
const yamlPackage = createRequire(corePackageJson).resolve('yaml/package.json');
const yamlEsmEntry = join(dirname(yamlPackage), 'browser', 'index.js');
const coreSources = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));
const bundleLoader = fileURLToPath(new URL('./bundle-loader.cjs', import.meta.url));
/** The version of the root package.json, the one place it is written (packages/core/src/version.ts). */
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

let schemaFingerprint;

/**
 * What the code knows at build time: the version, and the fingerprint of the schema sources
 * (core's schema/validators.ts), so that a bundle checks its precompiled validators against it
 * without hashing the catalog and loading node:crypto at every start.
 */
async function defines() {
  if (schemaFingerprint === undefined) {
    const validators = fileURLToPath(new URL('../packages/core/src/schema/validators.ts', import.meta.url));
    schemaFingerprint = (await tsImport(validators, import.meta.url)).sourcesFingerprint();
  }
  return {
    PODLINT_VERSION: JSON.stringify(version),
    PODLINT_SCHEMA_FINGERPRINT: JSON.stringify(schemaFingerprint),
  };
}

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  // yaml's ESM build (its "default" export) instead of its CommonJS "node" build: esbuild can
  // hoist and tree-shake ES modules, which takes about 20 ms off every start.
  // Core by path, not through a workspace link: npm, which builds the package when installing
  // it from git (pre-commit does), does not link pnpm's workspace packages.
  alias: { yaml: yamlEsmEntry, '@podlint/core': coreSources },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
};

/**
 * Libraries that a small run never calls, loaded on their first use instead of at start: ajv
 * (with fast-uri) compiles the validators of CRDs and of kinds without a precompiled one, and
 * re2js checks CRD patterns; evaluating them cost about 2 ms of every start, and their code in
 * the cache more. Each import of one resolves to a stand-in whose exports are getters that
 * require the library, bundled as before.
 */
const LAZY_PACKAGES = ['ajv', 're2js'];

const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const filter = new RegExp(`^(${LAZY_PACKAGES.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.pluginData?.lazyPackage
        ? undefined
        : { path: args.path, namespace: 'lazy-package', pluginData: { resolveDir: args.resolveDir } },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args) => {
      const real = await build.resolve(args.path, {
        kind: 'import-statement',
        resolveDir: args.pluginData.resolveDir,
        pluginData: { lazyPackage: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      const names = Object.keys(await import(pathToFileURL(real.path).href)).filter(
        (name) => name !== 'default' && name !== '__esModule',
      );
      const getters = names.map(
        (name) =>
          `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`,
      );
      return {
        contents: [
          `let loaded;`,
          `const load = () => (loaded ??= require(${JSON.stringify(real.path)}));`,
          ...getters,
        ].join('\n'),
        loader: 'js',
        resolveDir: args.pluginData.resolveDir,
      };
    });
  },
};

/** Bundles entry points (name → source file) into outdir as ES modules, sharing chunks between them. */
export async function bundle({ entry, name, packageDir, entryPoints = { [name]: entry }, outdir = 'dist' }) {
  await build({
    ...shared,
    entryPoints,
    outdir,
    absWorkingDir: packageDir,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define: await defines(),
    banner: {
      js: "import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);",
    },
  });
}

/**
 * The CLI: one CommonJS bundle, `podlint-bundle.cjs` (the entry's exports: `run` and
 * `serveLintWorker`), which `bundle-loader.cjs` compiles with V8's code cache and runs (what
 * bin/podlint.js requires); `podlint.js`, the same `run` for ES module importers; and
 * `podlint-worker.cjs`, the `--jobs` worker, which loads the same bundle and cache. `warm` writes
 * the code caches at build time (scripts/cli-code-caches.mjs), so that the first run is as fast as
 * the next.
 */
export async function bundleCli({ entry, packageDir, outdir = 'dist', warm }) {
  const result = await build({
    ...shared,
    entryPoints: [entry],
    outfile: join(outdir, 'podlint-bundle.cjs'),
    absWorkingDir: packageDir,
    format: 'cjs',
    write: false,
    // Short names: a smaller bundle and code cache to read and deserialize at every start, about
    // 3 ms of a small run. The source map beside the bundle (never loaded) maps a position in a
    // stack trace back to the sources.
    minifyIdentifiers: true,
    sourcemap: 'external',
    sourcesContent: false,
    plugins: [lazyPackages],
    // The loader passes the bundle's URL, which core uses to find its schemas and the worker.
    define: { ...(await defines()), 'import.meta.url': '__podlintBundleUrl' },
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.cjs'))?.text ?? '';
  const sourceMap = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map'))?.text ?? '{}');
  // A dynamic import() in a vm.Script needs a loader callback that Node 20 does not support well:
  // every import must be bundled (esbuild turns those into plain calls).
  const dynamicImport = /(?<![\w$.])import\(/.exec(code);
  if (dynamicImport)
    throw new Error(
      `bundleCli: the bundle keeps a dynamic import(): ${code.slice(dynamicImport.index, dynamicImport.index + 80)}`,
    );
  const charset = /[^\x00-\x7f]/.test(code) ? 'utf8' : 'ascii';
  if (charset === 'utf8')
    console.warn('bundleCli: the bundle has non-ASCII characters (escape them in the sources); it decodes slower');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const out = resolve(packageDir, outdir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'podlint-bundle.cjs'), `// podlint-bundle ${hash} ${charset}\n${code}`);
  // One more line at the top, the header.
  writeFileSync(
    join(out, 'podlint-bundle.cjs.map'),
    JSON.stringify({ ...sourceMap, mappings: `;${sourceMap.mappings ?? ''}` }),
  );
  copyFileSync(bundleLoader, join(out, 'bundle-loader.cjs'));
  writeFileSync(
    join(out, 'podlint.js'),
    "import { createRequire } from 'node:module';\nexport const { run } = createRequire(import.meta.url)('./bundle-loader.cjs');\n",
  );
  writeFileSync(
    join(out, 'podlint-worker.cjs'),
    [
      "'use strict';",
      "const { parentPort, workerData } = require('node:worker_threads');",
      'if (parentPort) {',
      "  const bundle = require('./bundle-loader.cjs').loadBundle(workerData?.codeCache);",
      '  bundle.exports.serveLintWorker(parentPort);',
      "  // After the first folders are linted (this listener runs after the bundle's), as a run would.",
      "  parentPort.on('message', (message) => message.type === 'lint' && bundle.keepCodeCache());",
      '}',
      '',
    ].join('\n'),
  );
  if (warm) writeCliCodeCaches(out);
}
