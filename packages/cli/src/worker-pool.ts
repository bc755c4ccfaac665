import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintInput, LintOptions } from '@podlint/core';
import { failed, type UnitResult } from './group-linter.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export interface PoolGroup {
  options: LintOptions;
  crdFiles: LintInput[];
}

export interface PoolTask {
  group: number;
  /** The folder's files with their texts, read when the task is sent, so only the folders in flight are in memory. */
  read: () => LintInput[];
}

/**
 * Lints folders in `jobs` worker threads, each folder whole (cross-resource rules see every
 * resource of it), and hands each result to `done` with the task's index. A worker that dies
 * (out of memory, a crash) costs its folder an internal-error finding per file, never a hang: a new
 * worker takes the remaining folders.
 */
export async function lintInWorkers(
  groups: readonly PoolGroup[],
  tasks: readonly PoolTask[],
  jobs: number,
  done: (index: number, result: UnitResult) => void,
): Promise<void> {
  let next = 0;
  let pending = tasks.length;
  if (pending === 0) return;
  const url = workerUrl();
  const { promise, resolve } = deferred();
  const workers = new Set<Worker>();

  const start = (): void => {
    const worker = new Worker(url);
    const sentGroups = new Set<number>();
    let current: { index: number; files: string[] } | undefined;
    workers.add(worker);
    const finish = (index: number, result: UnitResult): void => {
      done(index, result);
      pending--;
      if (pending === 0) resolve();
    };
    const feed = (): void => {
      const index = next++;
      const task = tasks[index];
      if (!task) {
        current = undefined;
        workers.delete(worker);
        void worker.terminate();
        return;
      }
      const inputs = task.read();
      if (inputs.length === 0) {
        finish(index, { files: [], updatesChecked: 0 });
        feed();
        return;
      }
      current = { index, files: inputs.map((input) => input.file) };
      if (!sentGroups.has(task.group)) {
        const group = groups[task.group];
        if (group) post(worker, { type: 'group', group: task.group, options: group.options, crdFiles: group.crdFiles });
        sentGroups.add(task.group);
      }
      post(worker, { type: 'lint', task: index, group: task.group, inputs });
    };
    worker.on('message', (message: FromWorker) => {
      if (current?.index !== message.task) return;
      current = undefined;
      finish(message.task, { files: message.files, updatesChecked: message.updatesChecked });
      feed();
    });
    const lost = (error: unknown): void => {
      if (!workers.delete(worker)) return;
      const task = current;
      current = undefined;
      if (task) finish(task.index, { files: task.files.map((file) => failed(file, error)), updatesChecked: 0 });
      void worker.terminate();
      if (next < tasks.length) start();
    };
    worker.on('error', lost);
    worker.on('messageerror', lost);
    worker.on('exit', (code) => lost(new Error(`a lint worker stopped (exit code ${code})`)));
    feed();
  };

  for (let i = 0; i < Math.min(jobs, tasks.length); i++) start();
  await promise;
  await Promise.all([...workers].map((worker) => worker.terminate()));
}

function post(worker: Worker, message: ToWorker): void {
  worker.postMessage(message);
}

/**
 * The worker's module: beside this one when run from sources (`lint-worker.ts`); in a bundle,
 * `podlint-worker.js` beside the entry, whether this code sits in the entry or in `chunks/`.
 */
function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new URL('./lint-worker.ts', import.meta.url);
  const folder = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  return pathToFileURL(`${folder}/podlint-worker.js`);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
