import type { LintInput, LintOptions } from '@podlint/core';
import type { UnitResult } from './group-linter.js';

/** The messages between the main thread and a lint worker (structured clones: plain data only). */
export type ToWorker =
  | { type: 'group'; group: number; options: LintOptions; crdFiles: LintInput[] }
  | {
      type: 'lint';
      task: number;
      group: number;
      inputs: LintInput[];
      /** Shared with the main thread: a worker begins a task only if it sets the task's claim first. */
      claims: Int32Array;
    };

export type FromWorker = UnitResult & { task: number };
