// Builds the publishable `podlint` package, which is the repository root (see package.json
// `bin` and `files`): the CLI and the language server bundled into dist/ with shared chunks, and
// beside them the data they read at run time, the schemas, the precompiled validators and the rule
// pages, where core looks for them (an ancestor's `schemas/`, `validators/` next to it, `rules-docs/`). Nothing is left to
// install: the package has no runtime dependencies.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, bundleCli } from './bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const core = join(root, 'packages', 'core');

rmSync(out, { recursive: true, force: true });
// The CLI as a CommonJS bundle loaded through V8's code cache (no cache is shipped: it depends on the
// Node version, and the first run writes it); the language server, which starts once per editor
// session, as an ES module.
await bundleCli({ packageDir: root, outdir: 'dist', entry: 'packages/cli/src/index.ts' });
await bundle({ packageDir: root, outdir: 'dist', entryPoints: { 'podlint-lsp': 'packages/lsp/src/index.ts' } });
for (const file of readdirSync(join(core, 'schemas')).filter((name) => name.endsWith('.json'))) {
  cpSync(join(core, 'schemas', file), join(out, 'schemas', file));
}
// Without them podlint still works, compiling each kind's validator when first needed, but slower.
// The rule pages, which `podlint rules ID`, SARIF help and the editor's hover read on demand
// (core's docs/pages.ts looks for an ancestor's `rules-docs/`).
cpSync(join(root, 'docs', 'rules'), join(out, 'rules-docs'), { recursive: true });
// The validators, without the code caches that runs wrote beside them (for this machine's Node only).
if (existsSync(join(core, 'validators', 'index.json')))
  cpSync(join(core, 'validators'), join(out, 'validators'), {
    recursive: true,
    filter: (source) => !source.endsWith('.v8cache'),
  });
else
  console.warn(
    'package: packages/core/validators is missing (run packages/core/build.mjs first); the package will compile validators at run time',
  );
