import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
await rm(join(packageDir, 'dist'), { recursive: true, force: true });
await bundle({ entry: 'src/index.ts', name: 'podlint', packageDir });
