import type { LintInput } from '@podlint/core';
import { UsageError } from './args.js';
import { expandPaths, readManifest } from './files.js';

/** The CustomResourceDefinitions of --crd and the config, read before any manifest is linted. */
export async function readCrds(paths: readonly string[]): Promise<LintInput[]> {
  if (paths.length === 0) return [];
  const { files, errors } = await expandPaths(paths, '/', () => false);
  if (errors.length) throw new UsageError(`--crd: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  return files.map((file) => {
    const read = readManifest(file, '/', () => Buffer.alloc(0));
    if (!read.ok) throw new UsageError(`--crd: ${file}: ${read.error.message}`);
    return { file, text: read.text };
  });
}
