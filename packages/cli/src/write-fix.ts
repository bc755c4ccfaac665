// Writing a fixed file back: atomically, in the encoding it was read in, only where it is safe.
import {
  chmodSync,
  chownSync,
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '@podlint/core';
import type { TextEncoding } from './read-input.js';
import { findSourceRoot, outsideOf } from './walk.js';

/** Text back to bytes in the encoding (and with the byte-order mark) the file was read in. */
export function encodeText(text: string, encoding: TextEncoding, hadBom: boolean): Buffer {
  if (encoding === 'utf-8') return Buffer.from((hadBom ? '\uFEFF' : '') + text, 'utf8');
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

export class FileChangedError extends Error {
  constructor() {
    super('the file changed on disk while podlint was fixing it');
  }
}

/** The file-system calls of an atomic write that tests replace to make one fail. */
export interface AtomicWriteSteps {
  rename: (from: string, to: string) => void;
}

/**
 * Replaces a file's content atomically: a temporary file in the same directory, written and
 * flushed, then renamed over the file (through symbolic links, so the link stays a link). The
 * file keeps its mode (and, when run as root, its owner). If `expected` is given and the file no
 * longer holds those bytes, nothing is written. On any failure the file is untouched and the
 * temporary file removed.
 */
export function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  expected?: Uint8Array,
  steps: AtomicWriteSteps = { rename: renameSync },
): void {
  const target = realpathSync(path);
  const stat = statSync(target);
  const mode = stat.mode & 0o7777;
  const temporary = join(
    dirname(target),
    `.${basename(target)}.podlint-${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}.tmp`,
  );
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx', mode);
    for (let written = 0; written < bytes.length;)
      written += writeSync(descriptor, bytes, written, bytes.length - written);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    chmodSync(temporary, mode);
    if (typeof process.getuid === 'function' && process.getuid() === 0) chownSync(temporary, stat.uid, stat.gid);
    if (expected && !Buffer.from(expected).equals(readFileSync(target))) throw new FileChangedError();
    steps.rename(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
}

/**
 * Why --fix must not write a file, if it must not: a symbolic link that leads out of the project
 * (the fix would land in a file nobody asked to lint), or a file with several hard links (the
 * atomic write replaces the file with a new one, which would silently split it from its other
 * names). Undefined when writing is safe.
 */
export function fixWriteRefusal(path: string, cwd: string): string | undefined {
  const project = findSourceRoot(cwd);
  const outside = outsideOf(project, path);
  if (outside !== undefined)
    return `it leads to ${outside}, outside the project (${project}), and --fix writes only inside it; run podlint --fix where that file lives`;
  let links: number;
  try {
    links = statSync(path).nlink;
  } catch {
    return undefined;
  }
  if (links > 1)
    return `it has ${links} hard links, and --fix writes a new file in its place, which would split it from its other names; apply the fixes by hand, or make it a single file first (cp, then mv over it)`;
  return undefined;
}
