import { lint, type Finding, type LintInput, type LintOptions } from '@podlint/core';
import type { InputError } from './read-input.js';
import type { ReportedFile } from './formatters/index.js';

/** What a run learnt beyond the findings: how many resources had an old version to compare with. */
export interface LintTally {
  updatesChecked: number;
}

/**
 * Lints a group of files together (cross-file rules need them all); if that fails outright, each
 * file on its own, so one input that breaks podlint costs only its own findings.
 */
export function lintIsolated(inputs: readonly LintInput[], options: LintOptions, tally?: LintTally): ReportedFile[] {
  try {
    const result = lint(inputs, options);
    if (tally) tally.updatesChecked += result.updatesChecked ?? 0;
    return result.files.map((result) => ({
      file: result.file,
      findings: result.findings,
      resources: result.resources,
      ...(result.skipped ? { skipped: result.skipped } : {}),
    }));
  } catch {
    return inputs.map((input) => {
      try {
        const result = lint([input], options).files[0];
        return { file: input.file, findings: result?.findings ?? [], resources: result?.resources ?? [] };
      } catch (error) {
        return { file: input.file, findings: [internalErrorFinding(error)], resources: [] };
      }
    });
  }
}

export function internalErrorFinding(error: unknown): Finding {
  const detail =
    error instanceof RangeError
      ? 'the input is too large or too deeply nested'
      : error instanceof Error
        ? error.message
        : String(error);
  const at = { line: 1, column: 1, offset: 0 };
  return {
    ruleId: 'podlint/internal-error',
    severity: 'error',
    message: `podlint failed on this file (${detail}); this is a podlint bug, please report it with the file`,
    path: '',
    range: { start: at, end: { ...at, column: 2 } },
  };
}

export function encodingFinding(error: InputError): Finding {
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  return {
    ruleId: 'yaml/encoding',
    severity: 'error',
    message: error.message,
    path: '',
    range: { start: { line, column, offset: 0 }, end: { line, column: column + 1, offset: 0 } },
  };
}
