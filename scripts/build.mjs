// Builds the packages in dependency order: core's generated code first, then the two bundles, then the VS Code extension (.vsix) around the server bundle.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const pkg of ['core', 'cli', 'lsp', 'vscode']) {
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: join(root, 'packages', pkg), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed in packages/${pkg}`);
    process.exit(result.status ?? 1);
  }
}
