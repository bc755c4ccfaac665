// npm runs `prepare` when it installs podlint from git (pre-commit's `language: node` hooks run
// `npm install -g git+file://<clone>`): that is when the package's bundle must be built. pnpm runs
// it on every install of the workspace, where the build and test scripts build anyway, so under
// pnpm it does nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm and pnpm each set npm_execpath to their own command for the scripts they run, while the user
// agent can be inherited from an outer pnpm (a pre-commit hook run from a pnpm script).
const execPath = process.env.npm_execpath;
const underPnpm = execPath ? /pnpm/.test(execPath) : (process.env.npm_config_user_agent ?? '').startsWith('pnpm/');

if (!underPnpm) {
  // npm installs a git dependency's devDependencies before running its prepare, except when the
  // install is global (pre-commit's): the nested `npm install` inherits --global and installs the
  // clone itself instead, leaving no node_modules here. Install them then, locally.
  if (!existsSync(join(root, 'node_modules', 'esbuild')) && process.env.npm_execpath) {
    const install = spawnSync(
      process.execPath,
      [
        process.env.npm_execpath,
        'install',
        '--global=false',
        '--include=dev',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts=false',
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, npm_config_global: 'false', npm_config_prefix: '' },
      },
    );
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-extension'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
