import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from '../../scripts/bundle.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
await rm(join(packageDir, 'dist'), { recursive: true, force: true });
// The code caches are written by runs on fixed inputs (scripts/cli-code-caches.mjs).
await bundleCli({ entry: 'src/index.ts', packageDir, warm: true });
