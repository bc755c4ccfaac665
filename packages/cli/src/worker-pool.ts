import { Worker } from 'node:worker_threads';
import type { LintInput, LintOptions } from '@podlint/core';
import type { UnitResult } from './group-linter.js';
import { LARGE_INPUT_CODE_CACHE } from './v8-tuning.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export interface PoolGroup {
  options: LintOptions;
  crdFiles: LintInput[];
}

export interface PoolTask {
  group: number;
  /** The folders' files with their texts, read when the task is sent, so only the folders in flight are in memory. */
  read: () => LintInput[];
  /** Too large for a worker's bounded heap: linted in the main thread. */
  large: boolean;
}

/**
 * Each worker's heap is bounded, so that N workers on a large tree stay within a few hundred MB
 * (V8 otherwise grows a busy heap far past what it keeps alive). A batch (256 KB of text) needs a
 * fraction of it; one that does not fit (a worker out of memory) is linted in the main thread.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 };

/** Tasks sent to a worker ahead: the next is there when one is done, while the main thread is busy linting. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Where the main thread lints too, it hears from the workers only between its own tasks, so each
 * worker gets more ahead; the main thread takes back the ones not started when it runs out of
 * work (`steal`), so a deep queue costs no wait at the end.
 */
const IN_FLIGHT_BESIDE_MAIN = 6;

/**
 * Workers started before the work is planned, while the main thread reads the files: a worker's
 * start-up (Node's bootstrap, the bundle) is then done when the first folders are ready for it.
 * Until `lintInWorkers` takes them they only listen for a crash, so that none goes unhandled.
 */
export class EarlyWorkers {
  private readonly waiting: Worker[] = [];

  constructor(count: number, tunedForLargeInput: boolean) {
    for (let i = 0; i < count; i++) {
      const worker = newWorker(tunedForLargeInput);
      const drop = (): void => {
        const index = this.waiting.indexOf(worker);
        if (index >= 0) this.waiting.splice(index, 1);
      };
      worker.on('error', drop);
      worker.on('exit', drop);
      // Until taken, a worker does not keep the process alive: a run that fails before linting still ends.
      worker.unref();
      this.waiting.push(worker);
    }
  }

  /** A started worker, alive so far, with no listeners of the pool's own left on it. */
  take(): Worker | undefined {
    const worker = this.waiting.shift();
    worker?.removeAllListeners();
    worker?.ref();
    return worker;
  }

  /** Ends the workers no one took. */
  close(): void {
    for (const worker of this.waiting.splice(0)) void worker.terminate();
  }
}

function newWorker(tunedForLargeInput: boolean): Worker {
  return new Worker(workerUrl(), {
    resourceLimits: WORKER_HEAP,
    workerData: { codeCache: tunedForLargeInput ? LARGE_INPUT_CODE_CACHE : undefined },
  });
}

interface Taken {
  index: number;
  group: number;
  inputs: LintInput[];
}

/**
 * Lints batches of folders in `jobs` threads, each folder whole (cross-resource rules see every
 * resource of it), and hands each result to `done` with the task's index. With `mainThreadLints`
 * this thread is one of them (`jobs - 1` workers): a worker of its own would cost a second copy of
 * the compiled code, the validators and the optimizing compiler's work, and this thread would
 * mostly wait. A task marked large, or one whose worker died (out of memory, a crash), is linted
 * by `inMainThread`, so the report is what one process would print; a dead worker is replaced, and
 * nothing hangs.
 */
export async function lintInWorkers(
  groups: readonly PoolGroup[],
  tasks: readonly PoolTask[],
  jobs: number,
  options: {
    /** The process runs with `LARGE_INPUT_V8_FLAGS`: the workers load the code cache made under them. */
    tunedForLargeInput: boolean;
    mainThreadLints: boolean;
    /** Workers already starting; more are started if `jobs` asks for more. */
    early?: EarlyWorkers | undefined;
  },
  done: (index: number, result: UnitResult) => void,
  inMainThread: (group: number, inputs: readonly LintInput[]) => UnitResult,
): Promise<void> {
  let next = 0;
  let pending = tasks.length;
  if (pending === 0) return;
  const { promise, resolve } = deferred();
  const workers = new Set<Worker>();
  /** Per task, whether a thread has begun it (`ToWorker`'s `claims`): a sent task is begun by its worker or taken back. */
  const claims = new Int32Array(new SharedArrayBuffer(4 * tasks.length));
  /** The tasks sent to each worker and not yet reported, in the order sent. */
  const sent = new Map<Worker, Map<number, Taken>>();
  const inFlightLimit = options.mainThreadLints ? IN_FLIGHT_BESIDE_MAIN : IN_FLIGHT_PER_WORKER;
  const finish = (index: number, result: UnitResult): void => {
    done(index, result);
    pending--;
    if (pending === 0) resolve();
  };
  /** The next task for a thread; empty and large ones are settled on the way, here. */
  const take = (): Taken | undefined => {
    for (;;) {
      const index = next++;
      const task = tasks[index];
      if (!task) return undefined;
      const inputs = task.read();
      if (inputs.length === 0 || task.large)
        finish(index, inputs.length === 0 ? { files: [], updatesChecked: 0 } : inMainThread(task.group, inputs));
      else return { index, group: task.group, inputs };
    }
  };

  const start = (): void => {
    const worker = options.early?.take() ?? newWorker(options.tunedForLargeInput);
    const sentGroups = new Set<number>();
    const inFlight = new Map<number, Taken>();
    workers.add(worker);
    sent.set(worker, inFlight);
    const fill = (): void => {
      while (inFlight.size < inFlightLimit) {
        const task = take();
        if (!task) break;
        if (!sentGroups.has(task.group)) {
          const group = groups[task.group];
          if (group)
            post(worker, { type: 'group', group: task.group, options: group.options, crdFiles: group.crdFiles });
          sentGroups.add(task.group);
        }
        inFlight.set(task.index, task);
        post(worker, { type: 'lint', task: task.index, group: task.group, inputs: task.inputs, claims });
      }
      if (inFlight.size === 0 && workers.delete(worker)) void worker.terminate();
    };
    worker.on('message', (message: FromWorker) => {
      if (!inFlight.delete(message.task)) return;
      finish(message.task, { files: message.files, updatesChecked: message.updatesChecked });
      fill();
    });
    const lost = (): void => {
      if (!workers.delete(worker)) return;
      void worker.terminate();
      const orphans = [...inFlight.values()];
      inFlight.clear();
      for (const task of orphans) finish(task.index, inMainThread(task.group, task.inputs));
      if (next < tasks.length) start();
    };
    worker.on('error', lost);
    worker.on('messageerror', lost);
    worker.on('exit', lost);
    fill();
  };

  /** The last task sent to a worker that it has not begun, taken back (the worker then passes over it). */
  const steal = (): Taken | undefined => {
    for (const inFlight of sent.values()) {
      const last = [...inFlight.values()].pop();
      // A worker begins its tasks in the order sent: if it has begun the last, it has begun them all.
      if (last && Atomics.compareExchange(claims, last.index, 0, 1) === 0) {
        inFlight.delete(last.index);
        return last;
      }
    }
    return undefined;
  };

  const workerCount = options.mainThreadLints ? jobs - 1 : jobs;
  for (let i = 0; i < Math.min(workerCount, tasks.length); i++) start();
  if (options.mainThreadLints) {
    // A task at a time, letting the workers' messages in between so that they never wait long.
    for (let task = take() ?? steal(); task; task = take() ?? steal()) {
      finish(task.index, inMainThread(task.group, task.inputs));
      await new Promise((settle) => setImmediate(settle));
    }
  }
  options.early?.close();
  await promise;
  await Promise.all([...workers].map((worker) => worker.terminate()));
}

function post(worker: Worker, message: ToWorker): void {
  worker.postMessage(message);
}

/**
 * The worker's module: beside this one when run from sources (`lint-worker.ts`); in a bundle,
 * `podlint-worker.cjs` beside the bundle (scripts/bundle.mjs).
 */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './lint-worker.ts' : './podlint-worker.cjs', import.meta.url);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
