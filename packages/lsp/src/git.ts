import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { decodeBytes } from '@podlint/core';

/** A file's text at a git revision, and the commit it was read from. */
export interface BaseVersion {
  commit: string;
  text: string;
}

/**
 * Reads a file's committed version, for the immutable-field rules (the editor's `--base`). Outside
 * a repository, for an untracked file, or without git, there is no old version: undefined, never
 * an error. Reads the object database only, never the work tree or the index.
 */
export async function readBaseVersion(path: string, ref: string): Promise<BaseVersion | undefined> {
  if (ref === '' || ref.startsWith('-')) return undefined;
  const cwd = dirname(path);
  const commit = await headCommit(cwd, ref);
  if (!commit) return undefined;
  // `./name` is resolved against cwd by git, so no work-tree root is needed.
  const blob = await git(['cat-file', 'blob', `${commit}:./${basename(path)}`], cwd);
  if (!blob) return undefined;
  const decoded = decodeBytes(blob);
  return decoded.ok ? { commit, text: decoded.text } : undefined;
}

/** The commit a revision names, or undefined outside a repository. */
export async function headCommit(cwd: string, ref: string): Promise<string | undefined> {
  const out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  const commit = out?.toString('utf8').trim();
  return commit ? commit : undefined;
}

function git(args: readonly string[], cwd: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: 10_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}
