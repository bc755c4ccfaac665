// A package without its bundle installs and then fails on every run: refuse to pack one. A code
// cache that a run of dist/ left behind is for this machine's Node only: leave it out.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const missing = [
  'podlint.js',
  'podlint-bundle.cjs',
  'podlint-lsp.js',
  'schemas/kubernetes.json',
  'validators/index.json',
  'rules-docs/ports/protocol-unsupported.md',
].filter((file) => !existsSync(join(dist, file)));
if (missing.length > 0) {
  console.error(`prepack: dist/ lacks ${missing.join(', ')}; run \`node scripts/build.mjs\` first`);
  process.exit(1);
}
for (const directory of [dist, join(dist, 'validators')])
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.v8cache'))) rmSync(join(directory, name));
