import { resolve } from 'node:path';
import { decodeBytes, type LintInput } from '@podlint/core';
import type { CliOptions } from './args.js';
import { UsageError } from './args.js';
import { readBounded, readErrorMessage, type InputError } from './read-input.js';
import { expandPaths } from './walk.js';
import { readOldFromGit } from './git-revision.js';

/** The old side of an update check: a file or stdin (--old), or the same paths at a git revision (--base). */
/** An --old input that cannot be read is an input error (exit 2); the run goes on without it. */
export async function readOldVersions(
  options: CliOptions,
  cwd: string,
  readStdin: () => Buffer,
  errors: InputError[],
): Promise<LintInput[]> {
  if (options.base !== undefined) {
    try {
      return await readOldFromGit(
        options.base,
        options.paths.filter((path) => path !== '-'),
        cwd,
      );
    } catch (error) {
      throw new UsageError(`--base ${options.base}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const source = options.old ?? '-';
  if (source === '-' && options.paths.includes('-'))
    throw new UsageError('--old - and - cannot both read standard input');
  if (source !== '-') {
    const expanded = await expandPaths([source], cwd, () => false);
    for (const error of expanded.errors) errors.push({ ...error, message: `--old: ${error.message}` });
    return expanded.files.flatMap((file) => readOne(file, () => readBounded(resolve(cwd, file)), errors));
  }
  return readOne('<stdin>', readStdin, errors);
}

function readOne(name: string, read: () => Buffer, errors: InputError[]): LintInput[] {
  let bytes: Buffer;
  try {
    bytes = read();
  } catch (error) {
    errors.push({ file: name, message: `--old: ${readErrorMessage(error)}`, fatal: true });
    return [];
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    errors.push({ file: name, message: `--old: ${decoded.message}`, fatal: true });
    return [];
  }
  return [{ file: name, text: decoded.text }];
}
