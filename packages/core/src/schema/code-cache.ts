import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * The precompiled validator modules, evaluated through V8's code cache: parsing them was about as
 * much CPU as validating a large input with them, and without a cache each validator function is
 * compiled again the first time it runs. A cache sits beside its module, named by the module, a
 * fingerprint of its code, the Node version and V8's cache tag, which covers V8's flags (the CLI
 * tunes them for large inputs), so a cache V8 would reject is never read. The fingerprint matters:
 * V8 checks only the length of the code a cache was made from, and a rebuilt module may keep its
 * name (the hash of its schemas) and length with other code (ajv numbers its functions in the
 * order it compiles them): its old cache would run the old functions. Without a cache the
 * module compiles as usual, and its cache is written when the process exits, so that it holds the
 * functions the run compiled too (atomically; not at all where the folder is read-only).
 */

const require = createRequire(import.meta.url);
const pending: Array<{ script: Script; path: string }> = [];
let tag: number | undefined;

/**
 * Evaluates a CommonJS module's code (`module`, `exports`): its exports, and whether V8 took them
 * from the cache. `fingerprint` changes whenever the code does (a checksum of it).
 */
export function evaluateModule(path: string, fingerprint: string, code: string): { exports: unknown; cached: boolean } {
  // node:v8 is loaded only here: runs that validate nothing do not pay for it.
  tag ??= (require('node:v8') as typeof import('node:v8')).cachedDataVersionTag();
  const cachePath = `${path.replace(/\.cjs\.gz$/, '')}.${fingerprint}.${process.version}-${process.arch}-${tag}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // One line before the code, so that its line numbers stay the module's in stack traces.
  const script = new Script(`(function (module, exports) {${code}\n})`, { filename: path, cachedData });
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  if (!cached) keepAtExit(script, cachePath);
  const module: { exports: unknown } = { exports: {} };
  // The code is our own build's output from our own schemas, evaluated like any CommonJS module.
  (script.runInThisContext() as (module: unknown, exports: unknown) => void)(module, module.exports);
  return { exports: module.exports, cached };
}

function keepAtExit(script: Script, path: string): void {
  if (pending.length === 0) process.once('exit', writeCaches);
  pending.push({ script, path });
}

function writeCaches(): void {
  const caches = pending.splice(0);
  const first = caches[0];
  if (!first) return;
  try {
    accessSync(dirname(first.path), constants.W_OK);
  } catch {
    return;
  }
  for (const { script, path } of caches) {
    // Two threads of one process may write the same cache at once.
    const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, path);
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written.
      }
    }
  }
}
