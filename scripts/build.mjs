// Builds the packages in dependency order: core's generated code first, then the two bundles, then
// the VS Code extension (.vsix) around the server bundle, then the publishable package at the root
// (scripts/package.mjs). `--no-extension` leaves the extension out: npm's install from git (the
// pre-commit hook) builds the npm package only, without the workspace's extension dependencies.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = process.argv.includes('--no-extension') ? ['core', 'cli', 'lsp'] : ['core', 'cli', 'lsp', 'vscode'];
for (const pkg of packages) {
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: join(root, 'packages', pkg), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed in packages/${pkg}`);
    process.exit(result.status ?? 1);
  }
}
const packaged = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: 'inherit' });
if (packaged.status !== 0) {
  console.error('build failed in scripts/package.mjs');
  process.exit(packaged.status ?? 1);
}
