import { relative } from 'node:path';
import type { LintInput } from '@podlint/core';
import { expandPaths, readManifest, type InputError } from './files.js';

/**
 * The CustomResourceDefinitions of --crd and the config, read before any manifest is linted, named
 * relative to the working directory where they are inside it. One that cannot be read is an input
 * error (exit 2), and the run goes on without it.
 */
export async function readCrds(paths: readonly string[], cwd: string, inputErrors: InputError[]): Promise<LintInput[]> {
  if (paths.length === 0) return [];
  const { files, errors } = await expandPaths(paths, '/', () => false);
  const display = (file: string): string => (relative(cwd, file).startsWith('..') ? file : relative(cwd, file));
  for (const error of errors)
    inputErrors.push({ ...error, file: display(error.file), message: `CustomResourceDefinitions: ${error.message}` });
  const inputs: LintInput[] = [];
  for (const file of files) {
    const read = readManifest(file, '/', () => Buffer.alloc(0));
    if (read.ok) inputs.push({ file: display(file), text: read.text });
    else
      inputErrors.push({
        ...read.error,
        file: display(file),
        message: `CustomResourceDefinitions: ${read.error.message}`,
        fatal: true,
      });
  }
  return inputs;
}
