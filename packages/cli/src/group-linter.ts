import { prepareContext, type LintInput, type LintOptions, type PreparedContext } from '@podlint/core';
import type { ReportedFile } from './formatters/index.js';
import { internalErrorFinding, lintIsolated, type LintTally } from './lint-isolated.js';

/** What one folder's run reports: its files, the context files (--old, --crd) it read, the updates it checked. */
export interface UnitResult {
  files: ReportedFile[];
  updatesChecked: number;
}

/**
 * Lints the folders of one config group a few at a time, in this process or in a worker: the same
 * code either way, so `--jobs` cannot change what is reported. Every folder sees the context of the
 * whole group (the CRDs of all its files, --old, --crd), read once, as if the group were linted at once.
 */
export class GroupLinter {
  private context: PreparedContext | undefined;

  constructor(
    private readonly options: LintOptions,
    /** The group's files that may hold CRDs (see `mayHoldCrds`), in input order. */
    private readonly crdFiles: readonly LintInput[],
  ) {}

  lint(inputs: readonly LintInput[]): UnitResult {
    const tally: LintTally = { updatesChecked: 0 };
    try {
      this.context ??= prepareContext(this.options, this.crdFiles);
    } catch (error) {
      return { files: inputs.map((input) => failed(input.file, error)), updatesChecked: 0 };
    }
    const files = lintIsolated(inputs, { ...this.options, context: this.context }, tally);
    return { files, updatesChecked: tally.updatesChecked };
  }
}

/** A file whose folder could not be linted at all (a worker that died, CRDs that broke podlint). */
export function failed(file: string, error: unknown): ReportedFile {
  return { file, findings: [internalErrorFinding(error)], resources: [] };
}

/**
 * Whether a text may define a CustomResourceDefinition, without parsing it: it names the kind, or
 * it has an escape that could spell it (`\u0043ustom…`, or a double-quoted line continuation). A
 * false positive costs one parse; a false negative would leave custom resources unvalidated.
 */
export function mayHoldCrds(text: string): boolean {
  return text.includes('CustomResourceDefinition') || /\\[xuU\r\n]/.test(text);
}
