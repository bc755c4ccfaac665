// Shared esbuild settings for the two executables: one ESM file each, with core and its
// dependencies inlined, so start-up reads one file instead of resolving hundreds of modules.
import { build } from 'esbuild';

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
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);" },
  });
}
