import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Entry } from 'fast-glob';
import { decodeBytes } from '@podlint/core';

export const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

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

/**
 * Expands the command line into files: files as given, directories walked for manifests, globs
 * matched. Symbolic links to files are followed, links to directories are not (so loops cannot
 * hang the walk); broken links, link loops and missing paths are reported.
 */
export async function expandPaths(
  paths: readonly string[],
  cwd: string,
  ignore: (file: string) => boolean,
  { allowUnmatched = false }: { allowUnmatched?: boolean } = {},
): Promise<{ files: string[]; errors: InputError[]; ignored: string[]; notices: string[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  /** Files named on the command line that the ignore globs drop: the CLI says so. */
  const ignored: string[] = [];
  /** Symbolic links a walk found that lead out of the tree it walks: not followed, and the CLI says so. */
  const notices: string[] = [];
  const seen = new Set<string>();
  /** Adds a file unless it is ignored; true when it is a manifest to lint (also when already added by another path). */
  const add = (file: string): boolean => {
    if (ignore(file)) return false;
    let key: string;
    try {
      key = realpathSync(resolve(cwd, file));
    } catch {
      key = resolve(cwd, file);
    }
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
    return true;
  };
  /** Adds what a walk or a glob found; returns how many manifests it yielded, counting ones named twice. */
  const addFound = (found: Entry[], display: (entry: string) => string, walked: string): number => {
    let yielded = 0;
    const root = findSourceRoot(walked);
    for (const entry of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const file = display(entry.path);
      if (entry.dirent.isFile()) {
        if (add(file)) yielded++;
      } else if (entry.dirent.isSymbolicLink()) {
        const kind = linkTarget(resolve(cwd, file));
        const outside = kind === 'file' ? outsideOf(root, resolve(cwd, file)) : undefined;
        if (outside !== undefined) {
          if (!ignore(file))
            notices.push(
              `${file}: not linted: a symbolic link to ${outside}, outside ${root}; a walk does not follow links out of the repository (name the file to lint it)`,
            );
        } else if (kind === 'file' && add(file)) yielded++;
        else if (kind !== 'file' && kind !== 'other' && !ignore(file))
          errors.push({ file, message: LINK_MESSAGES[kind], fatal: true });
      }
      // Directories named like manifests, pipes and sockets found by a walk are not manifests.
    }
    return yielded;
  };
  for (const path of paths.length ? paths : ['.']) {
    if (path === '-') {
      // Standard input can be read once only.
      if (!files.includes('-')) files.push('-');
      continue;
    }
    const absolute = resolve(cwd, path);
    const kind = pathKind(absolute);
    if (kind === 'file' && ignore(path)) ignored.push(path);
    else if (kind === 'file') add(path);
    else if (kind === 'dir') {
      const yielded = addFound(
        (await loadFastGlob()).sync(MANIFEST_GLOB, {
          cwd: absolute,
          dot: false,
          ignore: ALWAYS_IGNORED,
          followSymbolicLinks: false,
          onlyFiles: false,
          objectMode: true,
          suppressErrors: true,
        }),
        (entry) => joinDisplay(path, entry),
        absolute,
      );
      // As ESLint: a folder that yields nothing is a mistake (a wrong path, everything ignored), not a pass.
      if (yielded === 0 && !allowUnmatched)
        errors.push({
          file: path,
          message: `no manifests (*.yaml, *.yml, *.json) found in ${paths.length ? 'this directory' : 'the current directory'} (or all are ignored); pass --no-error-on-unmatched-pattern if that is expected`,
          fatal: true,
        });
    } else if (kind === 'broken-link' || kind === 'link-loop')
      errors.push({ file: path, message: LINK_MESSAGES[kind], fatal: true });
    else if (looksLikeGlob(path)) {
      const found = (await loadFastGlob()).sync(path, {
        cwd,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        onlyFiles: false,
        objectMode: true,
        suppressErrors: true,
      });
      if (found.length === 0 && !allowUnmatched)
        errors.push({
          file: path,
          message: 'no files match this pattern; pass --no-error-on-unmatched-pattern if that is expected',
          fatal: true,
        });
      addFound(found, (entry) => entry, cwd);
    } else errors.push({ file: path, message: 'no such file or directory', fatal: true });
  }
  return { files, errors, ignored, notices };
}

/** Where a path really leads, when that is outside `root` (undefined when inside, or unresolvable). */
export function outsideOf(root: string, path: string): string | undefined {
  let target: string;
  let realRoot: string;
  try {
    target = realpathSync(path);
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  const within = relative(realRoot, target);
  return within === '' || (within !== '..' && !within.startsWith(`..${sep}`) && !isAbsolute(within))
    ? undefined
    : target;
}

/** fast-glob is loaded only when a directory or a glob is walked, to keep the common start-up cheap. */
async function loadFastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

function looksLikeGlob(path: string): boolean {
  return /[*?[\]{}()!]/.test(path);
}

const LINK_MESSAGES = {
  'broken-link': 'broken symbolic link: its target does not exist',
  'link-loop': 'symbolic link loop: the link points back at itself',
} as const;

function pathKind(absolute: string): 'file' | 'dir' | 'missing' | 'broken-link' | 'link-loop' {
  try {
    return statSync(absolute).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    try {
      if (!lstatSync(absolute).isSymbolicLink()) return 'missing';
      return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'broken-link';
    } catch {
      return 'missing';
    }
  }
}

function linkTarget(absolute: string): 'file' | 'broken-link' | 'link-loop' | 'other' {
  try {
    return statSync(absolute).isFile() ? 'file' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'broken-link';
  }
}

function joinDisplay(directory: string, entry: string): string {
  if (directory === '.' || directory === './') return entry;
  return `${directory.replace(/[\\/]+$/, '')}/${entry}`;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type ReadResult =
  | { ok: true; text: string; hadBom: boolean; encoding: TextEncoding; bytes: Uint8Array }
  | { ok: false; error: InputError };

/** Reads a path's bytes; tests replace it to simulate unreadable files (they run as root). */
export type FileReader = (absolutePath: string) => Uint8Array;

export function readManifest(
  file: string,
  cwd: string,
  readStdin: () => Uint8Array,
  readFile: FileReader = readBounded,
): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? readStdin() : readFile(resolve(cwd, file));
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
 * swapped for a pipe between the check and the read.
 */
function openRegularFile(path: string): number {
  const before = statSync(path);
  if (before.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!before.isFile()) throw new NotARegularFile(before);
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const opened = fstatSync(descriptor);
  if (!opened.isFile()) {
    closeSync(descriptor);
    throw opened.isDirectory()
      ? Object.assign(new Error('is a directory'), { code: 'EISDIR' })
      : new NotARegularFile(opened);
  }
  return descriptor;
}

/**
 * Reads a regular file by name, or standard input by descriptor, stopping past MAX_INPUT_BYTES: a
 * file's size is checked before reading, standard input is read in chunks so that an endless
 * stream cannot exhaust memory. Every input podlint reads (manifests, --old, --crd, `crds:`, the
 * config) goes through here, so the same limits hold for all of them.
 */
export function readBounded(path: string | number): Buffer {
  const descriptor = typeof path === 'number' ? path : openRegularFile(path);
  try {
    const stat = fstatSync(descriptor);
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
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (typeof path !== 'number') closeSync(descriptor);
  }
}

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
    `.${basename(target)}.podlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
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

/** The repository's top directory (the nearest with a `.git`), or `cwd` outside a repository. */
export function findSourceRoot(cwd: string): string {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return resolve(cwd);
  }
}
