import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli, CLI_WARM_ARGS } from '../../scripts/bundle.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
await rm(join(packageDir, 'dist'), { recursive: true, force: true });
// The code cache is written by a small run (scripts/bundle.mjs, CLI_WARM_ARGS).
await bundleCli({ entry: 'src/index.ts', packageDir, warm: CLI_WARM_ARGS });
