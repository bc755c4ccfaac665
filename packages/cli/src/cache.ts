import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto, podlintVersion } from '@podlint/core';
import type { UnitResult } from './group-linter.js';

/** Marks the file as podlint's cache; a file without it is someone else's and is never overwritten. */
const MARK = '{"podlintCache":';
const FORMAT = 3;
const NEWLINE = 10;
const TAB = 9;
const QUOTE = 34;

/*
 * The file, in lines, so that a run reads only what it needs (a run that replays its last output
 * parses no folder's findings, and a folder's are parsed only when its key matches):
 *   {"podlintCache":3,"build":BUILD}
 *   {ABSOLUTE PATH: "STAMP HASH CHARS 0|1", ...}   the files' stamps (`FileStamp`) and contents (`FileContent`)
 *   "UNIT ID"<tab>KEY<tab>RESULT                   a line per folder: its id as JSON, its key, its `UnitResult` as JSON
 *   {"exitCode":N,"before":[...],"after":[...]}     the last run's exit code and standard error
 *   RUN KEY                                         what its report depended on (`runKeyOf`: JSON, one line)
 *   STDOUT                                          the last run's output, as printed, to the end of the file
 */

interface CacheHeader {
  podlintCache: number;
  /** The podlint build that wrote it (`buildStamp`): another build's results are not reused. */
  build: string;
}

/** A folder's results: parsed from the file only when asked for with the key they were kept under. */
interface CacheEntry {
  key: string;
  result?: UnitResult;
  /** The result's JSON as read, written back as it was when the folder was not linted again. */
  json?: Buffer;
}

/**
 * What the last run printed after linting, and what it all depended on (`key`: the inputs, the
 * options, as JSON, compared whole: a run that replays its report loads no node:crypto).
 */
export interface RecordedRun {
  key: string;
  exitCode: number;
  /** Standard error before the report, and after it. */
  before: string[];
  /** As printed; a replayed one stays the UTF-8 bytes it was kept as. */
  stdout: string | Buffer;
  after: string[];
}

/** What the planning of a run needs to know of a file's text. */
export interface FileContent {
  hash: string;
  chars: number;
  /** `mayHoldCrds` of the text: such a file is read anyway, as its text is part of every folder's context. */
  mayHoldCrds: boolean;
}

/** A file's metadata, taken before it is read: the same stamp later means the same contents (see `remember`). */
export interface FileStamp {
  path: string;
  stamp: string;
  /** Changed long enough before this run began that a change after its read cannot leave the same stamp. */
  settled: boolean;
}

/**
 * How long before a run a file must have last changed for its stamp to be kept. A change within
 * the same tick of the file system's clock can leave the times as they were (git's "racily clean"
 * files): ticks are a few milliseconds where times have sub-second parts, up to two seconds where
 * they have none (FAT).
 */
function settleMs(stat: Stats): number {
  return stat.mtimeMs % 1000 === 0 && stat.ctimeMs % 1000 === 0 ? 2000 : 100;
}

class CorruptCache extends Error {}

/** What the cache file holds, read. */
interface CacheContents {
  entries: Map<string, CacheEntry>;
  /** By absolute path: `STAMP HASH CHARS 0|1`. */
  files: Record<string, string>;
  run: RecordedRun | undefined;
}

function emptyContents(): CacheContents {
  return { entries: new Map(), files: {}, run: undefined };
}

/**
 * `--cache` (ESLint's model): each folder's results, keyed by a hash of everything they depend on
 * (the texts and names of its files, the options and context inputs of its config group); the
 * whole file belongs to one podlint build. A folder whose key still matches is not linted again. Entries of folders not
 * linted this run are kept, so linting one folder does not forget the others. A run whose inputs
 * and options are all as last time prints what the last run printed (`replay`).
 */
export class LintCache {
  private changed = false;
  /** Before any file of the run is read: a stamp is kept only for files that had settled by then. */
  private readonly openedAt = Date.now();

  private constructor(
    private readonly path: string,
    private readonly build: string,
    private readonly contents: CacheContents,
    /** Someone else's file sits at the cache's location: read nothing, write nothing. */
    private readonly foreign: boolean,
  ) {}

  /**
   * What was wrong with the file at the cache's location: said when the run comes to the cache's
   * results, after what it says of the config.
   */
  readonly warnings: string[] = [];

  /** Opens the cache at `path`; an unreadable, corrupt or foreign file is ignored with a warning. */
  static open(path: string): LintCache {
    const warnings: string[] = [];
    const cache = LintCache.read(path, (message) => warnings.push(message));
    cache.warnings.push(...warnings);
    return cache;
  }

  private static read(path: string, warn: (message: string) => void): LintCache {
    const build = buildStamp();
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warn(`cannot read the cache (${(error as NodeJS.ErrnoException).code ?? String(error)}); linting everything`);
      return new LintCache(path, build, emptyContents(), false);
    }
    if (bytes.length > 0 && bytes.toString('latin1', 0, MARK.length) !== MARK) {
      warn('this file is not a podlint cache, so it is neither used nor overwritten; choose another --cache-location');
      return new LintCache(path, build, emptyContents(), true);
    }
    try {
      const contents = bytes.length > 0 ? parseCacheFile(bytes, build) : undefined;
      // Written by another podlint (another version or build, another format): replaced without a word.
      return new LintCache(path, build, contents ?? emptyContents(), false);
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof CorruptCache)) throw error;
      warn('the cache is corrupt (not valid JSON); linting everything and writing it again');
      return new LintCache(path, build, emptyContents(), false);
    }
  }

  get(unit: string, key: string): UnitResult | undefined {
    const entry = this.contents.entries.get(unit);
    if (entry?.key !== key) return undefined;
    if (!entry.result && entry.json) {
      try {
        entry.result = JSON.parse(entry.json.toString('utf8')) as UnitResult;
      } catch {
        return undefined;
      }
    }
    return entry.result;
  }

  set(unit: string, key: string, result: UnitResult): void {
    this.contents.entries.set(unit, { key, result });
    this.changed = true;
  }

  /** What the last run printed, if its inputs and options (`key`) were these. */
  replay(key: string): RecordedRun | undefined {
    const run = this.contents.run;
    return run?.key === key ? run : undefined;
  }

  /** Keeps what this run printed, for a next run with the same inputs and options (`replay`). */
  record(run: RecordedRun): void {
    this.contents.run = run;
    this.changed = true;
  }

  /**
   * A regular file's metadata (size, times, inode), as git's index and ESLint's cache compare them,
   * so that an unchanged file need not be read and hashed; undefined for anything else.
   */
  stamp(path: string): FileStamp | undefined {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) return undefined;
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`;
    return { path, stamp, settled: Math.max(stat.mtimeMs, stat.ctimeMs) < this.openedAt - settleMs(stat) };
  }

  /** The contents a file had when it last had this stamp. */
  contentOf(file: FileStamp): FileContent | undefined {
    const known = this.contents.files[file.path];
    if (known === undefined || !known.startsWith(file.stamp) || known.charCodeAt(file.stamp.length) !== 32)
      return undefined;
    const [hash, chars, mayHoldCrds] = known.slice(file.stamp.length + 1).split(' ');
    return hash && chars ? { hash, chars: Number(chars), mayHoldCrds: mayHoldCrds === '1' } : undefined;
  }

  /**
   * Keeps what a file held, read after `file` was taken. Only a settled stamp is kept: any later
   * change then gives the file another ctime, which no one can set back.
   */
  remember(file: FileStamp, content: FileContent): void {
    if (!file.settled || this.contentOf(file)?.hash === content.hash) return;
    this.contents.files[file.path] = `${file.stamp} ${content.hash} ${content.chars} ${content.mayHoldCrds ? 1 : 0}`;
    this.changed = true;
  }

  /** Writes the cache atomically (a temporary file, then rename): a crash leaves the old one or the new one. */
  save(warn: (message: string) => void): void {
    if (!this.changed || this.foreign) return;
    const temporary = join(
      dirname(this.path),
      `.${basename(this.path)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      writeParts(temporary, serialize(this.build, this.contents));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      warn(`cannot write the cache (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
}

/** The contents of a cache file of this format and build; undefined for another's. */
function parseCacheFile(bytes: Buffer, build: string): CacheContents | undefined {
  let start = 0;
  const nextLine = (): Buffer => {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) throw new CorruptCache();
    const line = bytes.subarray(start, end);
    start = end + 1;
    return line;
  };
  const header = JSON.parse(nextLine().toString('utf8')) as Partial<CacheHeader>;
  if (header.podlintCache !== FORMAT || header.build !== build) return undefined;
  const files = JSON.parse(nextLine().toString('utf8')) as unknown;
  if (!files || typeof files !== 'object' || Array.isArray(files)) throw new CorruptCache();
  const contents: CacheContents = { entries: new Map(), files: files as Record<string, string>, run: undefined };
  while (start < bytes.length) {
    if (bytes[start] !== QUOTE) {
      const run = JSON.parse(nextLine().toString('utf8')) as Omit<RecordedRun, 'stdout' | 'key'>;
      const key = nextLine().toString('utf8');
      if (typeof run.exitCode !== 'number' || !Array.isArray(run.before) || !Array.isArray(run.after))
        throw new CorruptCache();
      contents.run = { ...run, key, stdout: bytes.subarray(start) };
      break;
    }
    const line = nextLine();
    // A unit id is a JSON string, which holds no raw tab; a key is base64url.
    const idEnd = line.indexOf(TAB);
    const keyEnd = line.indexOf(TAB, idEnd + 1);
    if (idEnd < 0 || keyEnd < 0) throw new CorruptCache();
    const id = JSON.parse(line.toString('utf8', 0, idEnd)) as string;
    contents.entries.set(id, { key: line.toString('latin1', idEnd + 1, keyEnd), json: line.subarray(keyEnd + 1) });
  }
  return contents;
}

function serialize(build: string, contents: CacheContents): Array<string | Buffer> {
  const header: CacheHeader = { podlintCache: FORMAT, build };
  const parts: Array<string | Buffer> = [`${JSON.stringify(header)}\n${JSON.stringify(contents.files)}\n`];
  for (const [id, entry] of contents.entries) {
    const head = `${JSON.stringify(id)}\t${entry.key}\t`;
    if (entry.json) parts.push(head, entry.json, '\n');
    else parts.push(`${head}${JSON.stringify(entry.result)}\n`);
  }
  if (contents.run) {
    const { stdout, key, ...run } = contents.run;
    parts.push(`${JSON.stringify(run)}\n${key}\n`, stdout);
  }
  return parts;
}

function writeParts(path: string, parts: ReadonlyArray<string | Buffer>): void {
  const descriptor = openSync(path, 'w');
  try {
    // Strings joined into one write between the buffers kept as read.
    let text = '';
    const flush = (): void => {
      if (text !== '') writeAll(descriptor, Buffer.from(text, 'utf8'));
      text = '';
    };
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        flush();
        writeAll(descriptor, part);
      }
    }
    flush();
  } finally {
    closeSync(descriptor);
  }
}

function writeAll(descriptor: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length;)
    written += writeSync(descriptor, bytes, written, bytes.length - written);
}

export function hashText(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('base64url');
}

/** A key from parts: their JSON, hashed. */
export function cacheKey(parts: unknown): string {
  return hashText(JSON.stringify(parts));
}

/**
 * What identifies the running podlint beyond its version (a rebuild from changed sources keeps the
 * version): the names, sizes and times of its own bundle files, and the Node.js that runs it (its
 * ICU orders the report's files, its V8 reads numbers and dates).
 */
function buildStamp(): string {
  const here = fileURLToPath(import.meta.url);
  const folder = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  const parts: string[] = [podlintVersion, `node ${process.version}`];
  for (const dir of [folder, join(folder, 'chunks')]) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => /\.[cm]?[jt]s$/.test(name));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const stat = statSync(join(dir, name), { throwIfNoEntry: false });
      if (stat) parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  // As is, a few lines: hashing them would load node:crypto, which a replayed run does without.
  return parts.join('\n');
}

/** The cache of a run, with where it is (which its warnings name). */
export interface OpenedCache {
  path: string;
  cache: LintCache;
}

/** `--cache` at `path`: opened before the files are planned, whose stamps it may know. */
export function openCache(path: string): OpenedCache {
  return { path, cache: LintCache.open(path) };
}

/** `--cache-location`: a file, or a folder to hold `.podlintcache` (ESLint's rule); default `./.podlintcache`. */
export function resolveCachePath(cwd: string, location: string | undefined): string {
  const path = resolve(cwd, location ?? CACHE_FILE_NAME);
  return location !== undefined && (/[\\/]$/.test(location) || statSync(path, { throwIfNoEntry: false })?.isDirectory())
    ? join(path, CACHE_FILE_NAME)
    : path;
}

const CACHE_FILE_NAME = '.podlintcache';
