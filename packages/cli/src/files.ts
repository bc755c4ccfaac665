import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '@podlint/core';

export const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/** A path that could not be linted: reported with exit code 2, and the rest of the run goes on. */
export interface InputError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** Unreadable input (exit 2) versus unlintable content reported as a finding (exit 1). */
  fatal: boolean;
}

/**
 * Expands the command line into files: files as given, directories walked for manifests, globs
 * matched. Symlink loops are not followed; broken links and missing paths are reported.
 */
export async function expandPaths(paths: readonly string[], cwd: string, ignore: (file: string) => boolean): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    let key: string;
    try {
      key = realpathSync(resolve(cwd, file));
    } catch {
      key = resolve(cwd, file);
    }
    if (seen.has(key) || ignore(file)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths.length ? paths : ['.']) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    const absolute = resolve(cwd, path);
    let kind: 'file' | 'dir' | 'missing' | 'broken-link' = 'missing';
    try {
      const stat = statSync(absolute);
      kind = stat.isDirectory() ? 'dir' : 'file';
    } catch {
      try {
        if (lstatSync(absolute).isSymbolicLink()) kind = 'broken-link';
      } catch {
        kind = 'missing';
      }
    }
    if (kind === 'file') add(path);
    else if (kind === 'dir') {
      const fg = await loadFastGlob();
      const found = fg.sync(MANIFEST_GLOB, { cwd: absolute, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyFiles: true, suppressErrors: true });
      for (const entry of found.sort()) add(joinDisplay(path, entry));
    } else if (kind === 'broken-link') errors.push({ file: path, message: 'broken symbolic link: its target does not exist', fatal: true });
    else if (looksLikeGlob(path)) {
      const fg = await loadFastGlob();
      const found = fg.sync(path, { cwd, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyFiles: true, suppressErrors: true });
      if (found.length === 0) errors.push({ file: path, message: 'no files match this pattern', fatal: true });
      for (const entry of found.sort()) add(entry);
    } else errors.push({ file: path, message: 'no such file or directory', fatal: true });
  }
  return { files, errors };
}

/** fast-glob is only loaded when a directory or glob is walked: linting one file stays cheap to start. */
async function loadFastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

function looksLikeGlob(path: string): boolean {
  return /[*?[\]{}()!]/.test(path);
}

function joinDisplay(directory: string, entry: string): string {
  if (directory === '.' || directory === './') return entry;
  return `${directory.replace(/[\\/]+$/, '')}/${entry}`;
}

export type ReadResult = { ok: true; text: string; hadBom: boolean } | { ok: false; error: InputError };

export function readManifest(file: string, cwd: string, readStdin: () => Buffer): ReadResult {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readStdin() : readFileSync(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' ? 'no such file or directory' : `cannot read the file (${code ?? String(error)})`;
    return { ok: false, error: { file, message, fatal: true } };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { file, message: decoded.message, line: decoded.line, column: decoded.column, fatal: false } };
  return { ok: true, text: decoded.text, hadBom: decoded.hadBom };
}
