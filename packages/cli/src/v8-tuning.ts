import { createRequire } from 'node:module';

/**
 * V8 optimizes a function once it has run a budget of bytecode (`--interrupt-budget`, 66 KB by
 * default). podlint's code is large and runs evenly (400 rules, a validator per kind), so on a
 * large input the optimizing compiler, in V8's background threads, took half the CPU of the work
 * itself (2.2 s beside 2.2 s on the shared corpus), twice over with two workers, which optimize the
 * same functions each. Seven times the budget leaves only the really hot code to optimize: a
 * quarter less CPU on the corpus, with the same output. Small inputs keep V8's default: loading
 * node:v8 and the later tier-up cost more than they save in a run of a few files.
 *
 * What is still optimized is the readers' and validators' large functions, into which TurboFan
 * inlined up to 920 bytes of bytecode each (`--max-inlined-bytecode-size-cumulative`): the block
 * reader's `key` alone took 30 ms to compile. A run on the corpus spends about as long in the
 * optimizing compiler as the speed the inlining buys back, so only small callees (100 bytes in all
 * per function) are inlined: 6% less CPU on the corpus (--jobs 1, 16 interleaved rounds: 1.33 to
 * 1.24 s; no inlining at all and 50 to 200 bytes measured alike) and no loss on 10 copies of it.
 */
export const LARGE_INPUT_V8_FLAGS = '--interrupt-budget=500000 --max-inlined-bytecode-size-cumulative=100';

/**
 * A walk that finds this many manifests is a large input (at the shared corpus's 2.6 KB a file, 5 MB
 * of text; from 2 MB a run is tuned anyway, lint-run.ts). Tuned as the walk reaches it, the rest of
 * the walk and the reading of the files run under the flags too: under V8's defaults their loops
 * were optimized early, inlining node:fs (about 20 ms of the optimizing compiler on the corpus, by
 * `--trace-opt`): 2 to 3% of the run's CPU (14 interleaved rounds, median 1.245 to 1.200 s). Above
 * the 1,364 rule examples from which the build writes the folder's code cache: a tuned run writes none.
 */
export const LARGE_WALK_FILES = 2000;

/** The name of the code cache that V8 accepts under these flags (scripts/bundle-loader.cjs). */
export const LARGE_INPUT_CODE_CACHE = 'large-input';

let tuned = false;

/** Sets `LARGE_INPUT_V8_FLAGS` for the whole process (its workers too); before the work starts. */
export function tuneV8ForLargeInput(): void {
  if (tuned) return;
  tuned = true;
  // Required here, not imported: loading node:v8 costs about 1.5 ms, which small runs do not need.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString(LARGE_INPUT_V8_FLAGS);
}

/**
 * Whether this thread changed V8's flags: a code cache made now would carry them, and V8 would
 * refuse it to the runs that start without them (scripts/bundle-loader.cjs writes none then).
 */
export function v8FlagsTuned(): boolean {
  return tuned;
}
