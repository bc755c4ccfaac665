import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const codeCache = fileURLToPath(new URL('./code-cache.ts', import.meta.url));

const DOUBLE = 'exports.scale = function (x) { return 2 * x; };';
const TRIPLE = 'exports.scale = function (x) { return 3 * x; };';

/** Evaluates a module in a new process, as each podlint run does: its answer and whether the code came from the cache. */
function evaluateInChild(path: string, fingerprint: string, code: string): { value: number; cached: boolean } {
  const script = `
    const { evaluateModule } = await import(${JSON.stringify(codeCache)});
    const { exports, cached } = evaluateModule(${JSON.stringify(path)}, ${JSON.stringify(fingerprint)}, ${JSON.stringify(code)});
    console.log(JSON.stringify({ value: exports.scale(21), cached }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { value: number; cached: boolean };
}

describe('validator modules through the code cache', () => {
  const directory = mkdtempSync(join(tmpdir(), 'podlint-code-cache-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  const module = join(directory, '0123456789abcdef01234567.cjs.gz');

  it('compiles a module without a cache, writes the cache at exit, and the next process uses it', () => {
    assert.deepEqual(evaluateInChild(module, 'aa', DOUBLE), { value: 42, cached: false });
    const caches = readdirSync(directory).filter((name) => name.endsWith('.v8cache'));
    assert.equal(caches.length, 1);
    assert.ok(caches[0]?.startsWith(`0123456789abcdef01234567.aa.${process.version}-${process.arch}-`));
    assert.deepEqual(evaluateInChild(module, 'aa', DOUBLE), { value: 42, cached: true });
    assert.deepEqual(
      readdirSync(directory).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('never runs the cached functions of other code of the same length under the same name', () => {
    assert.equal(DOUBLE.length, TRIPLE.length);
    assert.deepEqual(evaluateInChild(module, 'bb', TRIPLE), { value: 63, cached: false });
    assert.deepEqual(evaluateInChild(module, 'bb', TRIPLE), { value: 63, cached: true });
  });
});
