// Shared esbuild settings for the two executables: one ESM file each, with core and its
// dependencies inlined, so start-up reads one file instead of resolving hundreds of modules.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const corePackageJson = fileURLToPath(new URL('../packages/core/package.json', import.meta.url));
const yamlPackage = createRequire(corePackageJson).resolve('yaml/package.json');
const yamlEsmEntry = join(dirname(yamlPackage), 'browser', 'index.js');
const coreSources = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));
/** The version of the root package.json, the one place it is written (packages/core/src/version.ts). */
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** Bundles entry points (name → source file) into outdir, sharing chunks between them. */
export async function bundle({ entry, name, packageDir, entryPoints = { [name]: entry }, outdir = 'dist' }) {
  await build({
    entryPoints,
    outdir,
    absWorkingDir: packageDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    conditions: ['source'],
    // yaml's ESM build (its "default" export) instead of its CommonJS "node" build: esbuild can
    // hoist and tree-shake ES modules, which takes about 20 ms off every start.
    // Core by path, not through a workspace link: npm, which builds the package when installing
    // it from git (pre-commit does), does not link pnpm's workspace packages.
    alias: { yaml: yamlEsmEntry, '@podlint/core': coreSources },
    define: { PODLINT_VERSION: JSON.stringify(version) },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);",
    },
  });
}
