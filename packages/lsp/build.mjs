import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
await bundle({ entry: 'src/index.ts', outfile: 'dist/podlint-lsp.js', packageDir });
