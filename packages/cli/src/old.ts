import { resolve } from 'node:path';
import { decodeBytes, type LintInput } from '@podlint/core';
import type { CliOptions } from './args.js';
import { UsageError } from './args.js';
import { expandPaths, readBounded, readErrorMessage } from './files.js';
import { readOldFromGit } from './old-versions.js';

/** The old side of an update check: a file or stdin (--old), or the same paths at a git revision (--base). */
export async function readOldVersions(options: CliOptions, cwd: string, readStdin: () => Buffer): Promise<LintInput[]> {
  if (options.base !== undefined) {
    try {
      return await readOldFromGit(options.base, options.paths.filter((path) => path !== '-'), cwd);
    } catch (error) {
      throw new UsageError(`--base ${options.base}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const source = options.old ?? '-';
  if (source === '-' && options.paths.includes('-')) throw new UsageError('--old - and - cannot both read standard input');
  if (source !== '-') {
    const { files, errors } = await expandPaths([source], cwd, () => false);
    if (errors.length > 0) throw new UsageError(`--old ${source}: ${errors.map((error) => error.message).join('; ')}`);
    return files.map((file) => readOne(file, () => readBounded(resolve(cwd, file))));
  }
  return [readOne('<stdin>', readStdin)];
}

function readOne(name: string, read: () => Buffer): LintInput {
  let bytes: Buffer;
  try {
    bytes = read();
  } catch (error) {
    throw new UsageError(`--old ${name}: ${readErrorMessage(error)}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new UsageError(`--old ${name}: ${decoded.message}`);
  return { file: name, text: decoded.text };
}
