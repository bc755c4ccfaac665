// The CLI bundle's code cache (scripts/bundle-loader.cjs), on a copy of the built package's dist/:
// written after the first run, then used as it is; a damaged or foreign cache is never trusted,
// and the run's output never depends on the cache.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, temporaryDirectory } from './support/cli.js';

describe('the CLI code cache', () => {
  let dist: string;
  let work: string;
  const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: []\n';
  const lint = (nodeOptions: readonly string[] = []): { status: number | null; stdout: string } => {
    const result = spawnSync(process.execPath, [...nodeOptions, join(dist, 'bin.cjs'), 'web.yaml'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: result.status, stdout: result.stdout };
  };
  const caches = (): string[] => readdirSync(dist).filter((name) => name.endsWith('.v8cache'));

  before(() => {
    const built = join(REPO_ROOT, 'dist');
    assert.ok(existsSync(join(built, 'podlint-bundle.cjs')), 'dist/ is not built: run `node scripts/build.mjs` first');
    work = temporaryDirectory('podlint-code-cache-');
    dist = join(work, 'dist');
    cpSync(built, dist, {
      recursive: true,
      filter: (source) => !/(validators|rules-docs)$|\.v8cache$/.test(source),
    });
    symlinkSync(join(built, 'validators'), join(dist, 'validators'));
    writeFileSync(
      join(dist, 'bin.cjs'),
      "require('./bundle-loader.cjs').run(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n",
    );
    writeFileSync(join(work, 'web.yaml'), manifest);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('is written by the first run, named by the bundle and the Node version, and then left as it is', () => {
    assert.deepEqual(caches(), []);
    const first = lint();
    assert.equal(first.status, 1, first.stdout);
    assert.match(first.stdout, /service/i);
    const [cache] = caches();
    assert.ok(cache, 'no cache was written');
    const hash = /^\/\/ podlint-bundle ([0-9a-f]+) /.exec(
      readFileSync(join(dist, 'podlint-bundle.cjs'), 'latin1'),
    )?.[1];
    assert.equal(cache, `podlint-bundle.${hash}.${process.version}-${process.arch}.v8cache`);
    const written = statSync(join(dist, cache)).mtimeMs;
    assert.deepEqual(lint(), first);
    assert.equal(statSync(join(dist, cache)).mtimeMs, written, 'an accepted cache is not written again');
  });

  it('ignores a cache V8 refuses, runs as without one and replaces it', () => {
    const [cache] = caches();
    assert.ok(cache);
    const reference = lint();
    writeFileSync(join(dist, cache), Buffer.from('not a code cache'));
    assert.deepEqual(lint(), reference);
    assert.ok(statSync(join(dist, cache)).size > 1000, 'the refused cache was replaced');
    assert.deepEqual(caches(), [cache]);
  });

  it('is not replaced by a run under V8 flags of its own, which keeps its own cache beside it', () => {
    const [plain] = caches();
    assert.ok(plain);
    const written = statSync(join(dist, plain)).mtimeMs;
    const reference = lint();
    // V8 refuses a cache made under other heap flags.
    const flagged = ['--max-old-space-size=300'];
    assert.deepEqual(lint(flagged), reference);
    assert.equal(statSync(join(dist, plain)).mtimeMs, written, 'the plain cache was replaced');
    const own = caches().filter((name) => name !== plain);
    assert.equal(own.length, 1, `caches: ${caches().join(', ')}`);
    assert.match(own[0] ?? '', /\.[0-9a-f]{8}\.v8cache$/);
    const ownWritten = statSync(join(dist, own[0] ?? '')).mtimeMs;
    assert.deepEqual(lint(flagged), reference);
    assert.equal(statSync(join(dist, own[0] ?? '')).mtimeMs, ownWritten, 'its own cache is used, not written again');
    assert.deepEqual(lint(), reference);
    assert.equal(statSync(join(dist, plain)).mtimeMs, written);
  });

  it('comes with the build for runs that walk a folder: its warm-up walk is too small to tune V8, which writes none', () => {
    // The CLI package's build warms its dist/ (packages/cli/build.mjs); the repository's is left to the first runs.
    const built = readdirSync(join(REPO_ROOT, 'packages', 'cli', 'dist'));
    assert.ok(
      built.some((name) => name.endsWith('.folder.v8cache')),
      `no folder cache in packages/cli/dist/: ${built.join(', ')}`,
    );
  });

  it('has a cache of its own for runs that walk a folder, written by the first such run, the plain one left as it is', () => {
    const hash = /^\/\/ podlint-bundle ([0-9a-f]+) /.exec(
      readFileSync(join(dist, 'podlint-bundle.cjs'), 'latin1'),
    )?.[1];
    const plain = `podlint-bundle.${hash}.${process.version}-${process.arch}.v8cache`;
    assert.ok(caches().includes(plain));
    const written = statSync(join(dist, plain)).mtimeMs;
    const folder = join(work, 'manifests');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'web.yaml'), manifest);
    const lintFolder = (): { status: number | null; stdout: string } => {
      const result = spawnSync(process.execPath, [join(dist, 'bin.cjs'), 'manifests'], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { status: result.status, stdout: result.stdout };
    };
    const first = lintFolder();
    assert.equal(first.status, 1, first.stdout);
    assert.equal(first.stdout, lint().stdout.replace('web.yaml', join('manifests', 'web.yaml')));
    const folderCache = plain.replace(/\.v8cache$/, '.folder.v8cache');
    assert.ok(caches().includes(folderCache), `caches: ${caches().join(', ')}`);
    const folderWritten = statSync(join(dist, folderCache)).mtimeMs;
    assert.deepEqual(lintFolder(), first);
    assert.equal(
      statSync(join(dist, folderCache)).mtimeMs,
      folderWritten,
      'an accepted folder cache is not written again',
    );
    assert.equal(statSync(join(dist, plain)).mtimeMs, written, 'the plain cache was replaced');
  });

  it('is not written by a run that changed V8 flags while it ran (a large input), which plain runs could not use', () => {
    for (const name of caches()) rmSync(join(dist, name));
    const configMap = (index: number): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${index}\ndata:\n  level: "${'x'.repeat(400)}"\n`;
    // Over the CLI's 2 MB threshold (packages/cli/src/lint-run.ts, LARGE_INPUT_CHARS).
    writeFileSync(join(work, 'large.yaml'), Array.from({ length: 5000 }, (_, index) => configMap(index)).join('---\n'));
    const large = spawnSync(process.execPath, [join(dist, 'bin.cjs'), '--format', 'json', 'large.yaml'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.equal(large.status, 0, large.stderr);
    assert.deepEqual(caches(), []);
    lint();
    assert.equal(caches().length, 1);
  });
});
