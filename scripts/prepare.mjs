// npm runs `prepare` when it installs podlint from git (pre-commit's `language: node` hooks run
// `npm install -g git+file://<clone>`), after installing the devDependencies: that is when the
// package's bundle must be built. pnpm runs it on every install of the workspace, where the build
// and test scripts build anyway, so under pnpm it does nothing.
if (!process.env.npm_config_user_agent?.startsWith('pnpm/')) await import('./build.mjs');
