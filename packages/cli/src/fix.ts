import { resolve } from 'node:path';
import { fixText, structureChange, type LintInput, type LintOptions } from '@podlint/core';
import type { InputError, TextEncoding } from './read-input.js';
import { encodeText, FileChangedError, fixWriteRefusal, writeFileAtomically } from './write-fix.js';
import type { ReportedFile } from './formatters/index.js';
import { lintIsolated, type LintTally } from './lint-isolated.js';

/** How a file was read, so --fix writes it back the same way. */
export interface FileSource {
  hadBom: boolean;
  encoding: TextEncoding;
  bytes: Uint8Array;
}

/**
 * Applies fixes and writes the file atomically (see writeFileAtomically). Nothing is written when
 * the fixed text reads worse than the original (a fix must never break the YAML), when the file
 * changed meanwhile, or when the write fails; the file's original findings are reported then.
 */
export function fixFile(
  input: LintInput,
  options: LintOptions,
  source: FileSource,
  cwd: string,
  errors: InputError[],
  tally?: LintTally,
): ReportedFile {
  const original = (): ReportedFile =>
    lintIsolated([input], options, tally)[0] ?? { file: input.file, findings: [], resources: [] };
  let fixedText: string;
  let reported: ReportedFile;
  let renames: ReadonlyArray<{ from: string; to: string }>;
  try {
    const { text, fixed, result, keyRenames } = fixText(input, options);
    renames = keyRenames;
    if (fixed === 0 || text === input.text)
      return { file: result.file, findings: result.findings, resources: result.resources };
    fixedText = text;
    reported = { file: result.file, findings: result.findings, resources: result.resources };
  } catch {
    return original();
  }
  const change = structureChange(input.text, fixedText, renames);
  if (change) {
    errors.push({
      file: input.file,
      message: `the fixes would have changed the file's structure (${change}), so nothing was written; this is a podlint bug, please report it`,
      fatal: true,
    });
    return original();
  }
  const refusal = fixWriteRefusal(resolve(cwd, input.file), cwd);
  if (refusal) {
    errors.push({ file: input.file, message: `fixes not applied: ${refusal}; the file is unchanged`, fatal: true });
    return original();
  }
  try {
    writeFileAtomically(resolve(cwd, input.file), encodeText(fixedText, source.encoding, source.hadBom), source.bytes);
  } catch (error) {
    const why =
      error instanceof FileChangedError
        ? error.message
        : `cannot write it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    errors.push({ file: input.file, message: `fixes not applied (${why}); the file is unchanged`, fatal: true });
    return original();
  }
  return reported;
}
