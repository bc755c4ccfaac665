// A package without its bundle installs and then fails on every run: refuse to pack one.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const missing = [
  'podlint.js',
  'podlint-lsp.js',
  'schemas/kubernetes.json',
  'validators/index.json',
  'rules-docs/ports/protocol-unsupported.md',
].filter((file) => !existsSync(join(dist, file)));
if (missing.length > 0) {
  console.error(`prepack: dist/ lacks ${missing.join(', ')}; run \`node scripts/build.mjs\` first`);
  process.exit(1);
}
