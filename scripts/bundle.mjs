// Shared esbuild settings for the two executables: one ESM file each, with core and its
// dependencies inlined, so start-up reads one file instead of resolving hundreds of modules.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const corePackageJson = fileURLToPath(new URL('../packages/core/package.json', import.meta.url));
const yamlPackage = createRequire(corePackageJson).resolve('yaml/package.json');
const yamlEsmEntry = join(dirname(yamlPackage), 'browser', 'index.js');

export async function bundle({ entry, name, packageDir }) {
  await build({
    entryPoints: { [name]: entry },
    outdir: 'dist',
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
    alias: { yaml: yamlEsmEntry },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);" },
  });
}
