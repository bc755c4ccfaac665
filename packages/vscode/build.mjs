// Builds the VS Code extension and packs it as a .vsix: the client bundled into one CommonJS file,
// the language server's bundle beside it with core's schemas and validators, then `vsce package`
// (offline: no dependencies to resolve, nothing published).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = dirname(fileURLToPath(import.meta.url));
const packagesDir = dirname(packageDir);
const dist = join(packageDir, 'dist');
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [join(packageDir, 'src', 'extension.ts')],
  // VS Code requires the extension's main module; .cjs keeps it CommonJS in an ES module package.
  outfile: join(dist, 'extension.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minifySyntax: true,
  logLevel: 'warning',
});

const server = join(dist, 'server');
cpSync(join(packagesDir, 'lsp', 'dist'), server, { recursive: true });
writeFileSync(join(server, 'main.mjs'), "import { start } from './podlint-lsp.js';\n\nstart(process.argv.slice(2));\n");
for (const directory of ['schemas', 'validators']) {
  // Without precompiled validators (core not built) the server compiles the kinds it meets.
  if (!existsSync(join(packagesDir, 'core', directory))) continue;
  mkdirSync(join(server, 'core', directory), { recursive: true });
  for (const name of readdirSync(join(packagesDir, 'core', directory))) {
    // Code caches that runs wrote beside the validators are for this machine's Node only.
    if (!name.endsWith('.md') && !name.endsWith('.v8cache'))
      cpSync(join(packagesDir, 'core', directory, name), join(server, 'core', directory, name));
  }
}

const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const packed = spawnSync(
  process.execPath,
  [
    vsce,
    'package',
    '--no-dependencies',
    '--skip-license',
    '--allow-missing-repository',
    '--out',
    join(dist, 'podlint.vsix'),
  ],
  { cwd: packageDir, stdio: 'inherit' },
);
if (packed.status !== 0) {
  console.error('vsce package failed');
  process.exit(packed.status ?? 1);
}
