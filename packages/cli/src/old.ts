import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, type LintInput } from '@podlint/core';
import type { CliOptions } from './args.js';
import { UsageError } from './args.js';
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
  let bytes: Buffer;
  try {
    bytes = source === '-' ? readStdin() : readFileSync(resolve(cwd, source));
  } catch (error) {
    throw new UsageError(`--old ${source}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new UsageError(`--old ${source}: ${decoded.message}`);
  return [{ file: source === '-' ? '<stdin>' : source, text: decoded.text }];
}
