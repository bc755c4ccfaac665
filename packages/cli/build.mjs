import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle.mjs';

const packageDir = dirname(fileURLToPath(import.meta.url));
await rm(join(packageDir, 'dist'), { recursive: true, force: true });
// The lint worker of `--jobs` is an entry of its own: the CLI starts it by file name.
await bundle({
  packageDir,
  entryPoints: { podlint: 'src/index.ts', 'podlint-worker': 'src/lint-worker.ts' },
});
