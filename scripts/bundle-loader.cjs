// Shipped beside the CLI's bundle (scripts/bundle.mjs copies it into dist/): compiles the bundle,
// CommonJS text, through node:vm with V8's code cache. Compiling 2 MB of JavaScript was most of
// podlint's start-up, and Node 20 can cache the compilation of a script but not of an ES module.
// CommonJS itself, like bin/podlint.js, because Node starts a CommonJS entry without its ES module
// loader, a few milliseconds of every run.
//
// The cache sits beside the bundle, named by the bundle's content hash (its first line, written by
// the build) and the Node version and architecture, so an upgrade or a rebuild never meets a stale
// one; V8 itself rejects a cache from other flags (`cachedDataRejected`). The build writes it from a
// run on a few files (scripts/cli-code-caches.mjs), so it holds what a small run compiles, whatever
// ran since. Without a usable cache the bundle compiles as usual and, once the run is over, the cache
// is written for the next one (atomically; silently not at all where the folder is read-only). A
// run with options of its own (node's, NODE_OPTIONS: they may change V8's flags) writes its own
// cache beside the plain one, never over it, and a run that changed V8's flags while it ran (a
// large input: packages/cli/src/v8-tuning.ts) writes none: only runs under those flags could use it.
//
// Runs that walk a folder read a cache of their own (`FOLDER_CACHE`), which the build writes from a
// run over the rule pages' examples: it holds what such runs compile (every rule, more of the
// readers) where the plain one holds what a run on a few files compiles. V8 deserializes a cache
// whole, so the larger one would cost a few milliseconds more at every start of a pre-commit hook,
// which names its files; a folder's run compiles the difference many times over without it.
'use strict';
const { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/** The cache variant of runs that walk a folder (see above). */
const FOLDER_CACHE = 'folder';
const MANIFEST_NAME = /\.(?:ya?ml|json)$/i;

/** The bundle's first line: `// podlint-bundle <hash> <ascii|utf8>`. */
const HEADER = /^\/\/ podlint-bundle ([0-9a-f]+) (ascii|utf8)$/;

/**
 * The bundle's exports, and `keepCodeCache`, to call when a run is over: it writes the cache when
 * there was none to use (after the run, so that it holds the functions the run compiled too).
 * `variant` names a cache of its own: `FOLDER_CACHE` for runs that walk a folder (the same flags),
 * or that of a thread that runs under other V8 flags (the workers of a large input:
 * packages/cli/src/v8-tuning.ts), which V8 would reject the plain cache for.
 */
function loadBundle(variant) {
  const bundlePath = join(__dirname, 'podlint-bundle.cjs');
  const bytes = readFileSync(bundlePath);
  const header = HEADER.exec(bytes.toString('latin1', 0, Math.max(0, bytes.indexOf(10))));
  if (!header) throw new Error(`${bundlePath} is not a podlint bundle (no header line): rebuild podlint`);
  const [, hash, charset] = header;
  // An ASCII bundle decodes as Latin-1, a plain copy, instead of as UTF-8.
  const source = bytes.toString(charset === 'ascii' ? 'latin1' : 'utf8');
  const stem = join(
    __dirname,
    `podlint-bundle.${hash}.${process.version}-${process.arch}${variant ? `.${variant}` : ''}`,
  );
  // Node's options and NODE_OPTIONS may carry V8 flags, which V8 checks but does not name: a run
  // with any reads its own cache, or else the plain one, and writes only its own.
  const options = `${process.execArgv.join(' ')}\n${process.env.NODE_OPTIONS ?? ''}`;
  const cachePath = options === '\n' ? `${stem}.v8cache` : `${stem}.${fnv1a(options)}.v8cache`;
  const ownCache = readCache(cachePath);
  // Where its own is missing, a run with options reads its variant's cache, and a folder's run (with
  // options or not) the plain one: it still compiles less from them, and writes its own once it is
  // over. The workers' variant runs under other flags, which V8 would refuse those for.
  const fallbacks = [`${stem}.v8cache`];
  if (variant === undefined || variant === FOLDER_CACHE)
    fallbacks.push(join(__dirname, `podlint-bundle.${hash}.${process.version}-${process.arch}.v8cache`));
  let cachedData = ownCache;
  for (const path of fallbacks) if (cachedData === undefined && path !== cachePath) cachedData = readCache(path);
  // One line, so that the bundle's line numbers stay those of the file in stack traces.
  const wrapped = `(function (exports, require, module, __podlintBundleUrl) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, pathToFileURL(bundlePath).href);
  let cacheCurrent = ownCache !== undefined && script.cachedDataRejected !== true;
  return {
    exports: module.exports,
    keepCodeCache() {
      if (cacheCurrent) return;
      cacheCurrent = true;
      if (module.exports.v8FlagsTuned?.()) return;
      // The thread too: two workers of one process may write the same cache at once.
      const temporary = `${cachePath}.${process.pid}-${require('node:worker_threads').threadId}.tmp`;
      try {
        accessSync(__dirname, constants.W_OK);
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** A short fingerprint of a string (32-bit FNV-1a), for a file name: no need to load node:crypto. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

let bundle;

/**
 * Whether a command-line argument names a folder (an option's value too, as `--crd crds/`: a larger
 * run all the same). Without paths podlint walks the current folder, or reads a pipe: the plain cache.
 */
function isFolder(argument, cwd = process.cwd()) {
  // A hook's file names need no look at the disk: a folder named like a manifest is rare, and a
  // wrong guess costs only the other cache.
  if (argument.startsWith('-') || MANIFEST_NAME.test(argument)) return false;
  try {
    return statSync(resolve(cwd, argument)).isDirectory();
  } catch {
    return false;
  }
}

/** The CLI's `run` (packages/cli/src/main.ts): arguments in, exit code out; never throws. */
async function run(argv, io) {
  bundle ??= loadBundle(argv.some((argument) => isFolder(argument, io?.cwd)) ? FOLDER_CACHE : undefined);
  const code = await bundle.exports.run(argv, io);
  bundle.keepCodeCache();
  return code;
}

/** The `podlint` command (bin/podlint.js): runs with the process's arguments and sets its exit code. */
function main() {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Once the output is with the operating system (writes to files, pipes and terminals are
    // synchronous on Linux), exiting now skips what is left, a last garbage collection and the
    // heap's teardown: about 3 ms of a small run. Output still queued (pipes on macOS), or a
    // stream that failed, waits for the event loop to end as usual.
    // A write that failed has set `errored` but emits 'error' (where the CLI sets exit code 2) only
    // on a later tick: such a stream waits for the event loop too.
    const settled = (stream) => stream.writableLength === 0 && !stream.destroyed && !stream.errored;
    if (settled(process.stdout) && settled(process.stderr)) process.exit();
  });
}

module.exports = { loadBundle, main, run };
