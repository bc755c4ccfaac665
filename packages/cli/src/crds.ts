import { statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { LintInput } from '@podlint/core';
import { readManifest, type InputError } from './read-input.js';
import { expandPaths, findSourceRoot, outsideOf } from './walk.js';

/**
 * The CustomResourceDefinitions of --crd and the config, read before any manifest is linted, named
 * relative to the working directory where they are inside it. One that cannot be read is an input
 * error (exit 2), and the run goes on without it.
 */
export async function readCrds(paths: readonly string[], cwd: string, inputErrors: InputError[]): Promise<LintInput[]> {
  if (paths.length === 0) return [];
  const display = (file: string): string => (relative(cwd, file).startsWith('..') ? file : relative(cwd, file));
  const walkable = walkableCrdPaths(paths, cwd, inputErrors, display);
  // No paths at all would make expandPaths walk its working directory, here the file system's root.
  if (walkable.length === 0) return [];
  const { files, errors } = await expandPaths(walkable, '/', () => false);
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

/**
 * A CRD folder is walked only inside the project (the repository, or the working directory outside
 * one): `crds: ["/"]` would otherwise walk the whole file system. CRD files may be anywhere.
 */
function walkableCrdPaths(
  paths: readonly string[],
  cwd: string,
  inputErrors: InputError[],
  display: (file: string) => string,
): string[] {
  const project = findSourceRoot(cwd);
  return paths.filter((path) => {
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      return true;
    }
    const outside = folder && (dirname(path) === path || outsideOf(project, path) !== undefined);
    if (outside)
      inputErrors.push({
        file: display(path),
        message: `CustomResourceDefinitions: a folder outside the project (${project}), which podlint does not walk; name the CRD files in it instead`,
        fatal: true,
      });
    return !outside;
  });
}
