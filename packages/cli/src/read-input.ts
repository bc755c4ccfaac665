// Reading an input: regular files and standard input only, within one size limit, decoded.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '@podlint/core';

/**
 * The largest input podlint reads, the same for every input (manifests, standard input, --old,
 * --base, --crd, `crds:`, the config). Memory grows with the input: about 70 times the text for a
 * stream of ordinary manifests, up to about 125 times for one large document near the value limit
 * (a List), measured as in the README's robustness section. 16 MiB keeps the worst
 * case inside Node's default heap; the API server itself takes at most 3 MiB per request.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A path that could not be linted: reported with exit code 2, and the rest of the run goes on. */
export interface InputError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** Unreadable input (exit 2) versus unlintable content reported as a finding (exit 1). */
  fatal: boolean;
}

export const LINK_MESSAGES = {
  'broken-link': 'broken symbolic link: its target does not exist',
  'link-loop': 'symbolic link loop: the link points back at itself',
} as const;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type ReadResult =
  | { ok: true; text: string; hadBom: boolean; encoding: TextEncoding; bytes: Uint8Array }
  | { ok: false; error: InputError };

/** Reads a path's bytes; tests replace it to simulate unreadable files (they run as root). */
export type FileReader = (absolutePath: string) => Uint8Array;

/** Reads and decodes an input; `absolute`, when the caller knows it, is `file` resolved against `cwd`. */
export function readManifest(
  file: string,
  cwd: string,
  readStdin: () => Uint8Array,
  readFile: FileReader = readBounded,
  absolute?: string,
): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? readStdin() : readFile(absolute ?? resolve(cwd, file));
  } catch (error) {
    return { ok: false, error: { file, message: readErrorMessage(error), fatal: true } };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: { file, message: tooLargeMessage(), fatal: true } };
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    return {
      ok: false,
      error: {
        file,
        message: `cannot decode the file (${error instanceof Error ? error.message : String(error)})`,
        fatal: true,
      },
    };
  }
  if (!decoded.ok)
    return {
      ok: false,
      error: { file, message: decoded.message, line: decoded.line, column: decoded.column, fatal: false },
    };
  return { ok: true, text: decoded.text, hadBom: decoded.hadBom, encoding: decoded.encoding, bytes };
}

export function readErrorMessage(error: unknown): string {
  if (error instanceof InputTooLarge) return tooLargeMessage();
  if (error instanceof NotARegularFile) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ELOOP':
      return LINK_MESSAGES['link-loop'];
    default:
      return `cannot read the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function tooLargeMessage(): string {
  return `the input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than podlint reads; split it into smaller files`;
}

class InputTooLarge extends Error {}

/** A named pipe, socket or device given by name: reading it could block forever or never end. */
export class NotARegularFile extends Error {
  constructor(stat: Stats) {
    super(
      `${describeFileType(stat)}, not a regular file: podlint reads only regular files, and standard input as \`-\` (pipe a stream into \`podlint -\`)`,
    );
  }
}

function describeFileType(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/**
 * Opens a path for reading only if it is a regular file. The path is opened non-blocking, so a
 * FIFO without a writer cannot hang the open, and checked on the open descriptor, so it cannot be
 * swapped for a pipe between the check and the read. A path a walk listed as a regular file is
 * not checked before it is opened (`listedRegular`): a walk opens no device, however named.
 */
function openRegularFile(path: string, listedRegular: boolean): { descriptor: number; stat: Stats } {
  if (!listedRegular) {
    const before = statSync(path);
    if (before.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!before.isFile()) throw new NotARegularFile(before);
  }
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const opened = fstatSync(descriptor);
  if (!opened.isFile()) {
    closeSync(descriptor);
    throw opened.isDirectory()
      ? Object.assign(new Error('is a directory'), { code: 'EISDIR' })
      : new NotARegularFile(opened);
  }
  return { descriptor, stat: opened };
}

/** `readBounded` of a file that a walk listed as a regular file (the directory entry's type). */
export function readListedFile(path: string): Buffer {
  return readBounded(path, true);
}

/**
 * Reads a regular file by name, or standard input by descriptor, stopping past MAX_INPUT_BYTES: a
 * file's size is checked before reading, standard input is read in chunks so that an endless
 * stream cannot exhaust memory. Every input podlint reads (manifests, --old, --crd, `crds:`, the
 * config) goes through here, so the same limits hold for all of them.
 */
export function readBounded(path: string | number, listedRegular = false): Buffer {
  const { descriptor, stat } =
    typeof path === 'number' ? { descriptor: path, stat: fstatSync(path) } : openRegularFile(path, listedRegular);
  try {
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw new InputTooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(stat.isFile() ? Math.max(1, Math.min(stat.size - total + 1, 1 << 24)) : 1 << 16);
      let read: number;
      try {
        read = readSync(descriptor, chunk, 0, chunk.length, null);
      } catch (error) {
        // A non-blocking standard input with nothing to read yet: wait a little instead of spinning.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (read === 0) break;
      total += read;
      if (total > MAX_INPUT_BYTES) throw new InputTooLarge();
      chunks.push(chunk.subarray(0, read));
      // A regular file reads short only at its end: no need to ask again for the 0 that says so.
      if (stat.isFile() && read < chunk.length) break;
    }
    // A regular file is read in one chunk: no copy into a new buffer.
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    if (typeof path !== 'number') closeSync(descriptor);
  }
}
