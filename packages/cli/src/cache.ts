import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto, podlintVersion } from '@podlint/core';
import type { UnitResult } from './group-linter.js';

/** Marks the file as podlint's cache; a file without it is someone else's and is never overwritten. */
const MARK = '{"podlintCache":';
const FORMAT = 2;

interface CacheFile {
  podlintCache: number;
  /** The podlint build that wrote it (`buildStamp`): another build's results are not reused. */
  build: string;
  entries: Record<string, { key: string; result: UnitResult }>;
  /** What the files' contents were, by absolute path, with the metadata they had when read (`FileStamp`). */
  files: Record<string, [stamp: string, content: FileContent]>;
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

/**
 * `--cache` (ESLint's model): each folder's results, keyed by a hash of everything they depend on
 * (the texts and names of its files, the options and context inputs of its config group); the
 * whole file belongs to one podlint build. A folder whose key still matches is not linted again. Entries of folders not
 * linted this run are kept, so linting one folder does not forget the others.
 */
export class LintCache {
  private changed = false;
  /** Before any file of the run is read: a stamp is kept only for files that had settled by then. */
  private readonly openedAt = Date.now();

  private constructor(
    private readonly path: string,
    private readonly build: string,
    private readonly entries: CacheFile['entries'],
    private readonly files: CacheFile['files'],
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
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warn(`cannot read the cache (${(error as NodeJS.ErrnoException).code ?? String(error)}); linting everything`);
      return new LintCache(path, build, {}, {}, false);
    }
    if (text !== '' && !text.startsWith(MARK)) {
      warn('this file is not a podlint cache, so it is neither used nor overwritten; choose another --cache-location');
      return new LintCache(path, build, {}, {}, true);
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile>;
      if (
        parsed.podlintCache === FORMAT &&
        parsed.build === build &&
        parsed.entries &&
        typeof parsed.entries === 'object' &&
        parsed.files &&
        typeof parsed.files === 'object'
      )
        return new LintCache(path, build, parsed.entries, parsed.files, false);
    } catch {
      warn('the cache is corrupt (not valid JSON); linting everything and writing it again');
      return new LintCache(path, build, {}, {}, false);
    }
    // Written by another podlint (another version or build, another format): replaced without a word.
    return new LintCache(path, build, {}, {}, false);
  }

  get(unit: string, key: string): UnitResult | undefined {
    const entry = this.entries[unit];
    return entry?.key === key ? entry.result : undefined;
  }

  set(unit: string, key: string, result: UnitResult): void {
    this.entries[unit] = { key, result };
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
    const known = this.files[file.path];
    return known?.[0] === file.stamp ? known[1] : undefined;
  }

  /**
   * Keeps what a file held, read after `file` was taken. Only a settled stamp is kept: any later
   * change then gives the file another ctime, which no one can set back.
   */
  remember(file: FileStamp, content: FileContent): void {
    if (!file.settled || this.contentOf(file)?.hash === content.hash) return;
    this.files[file.path] = [file.stamp, content];
    this.changed = true;
  }

  /** Writes the cache atomically (a temporary file, then rename): a crash leaves the old one or the new one. */
  save(warn: (message: string) => void): void {
    if (!this.changed || this.foreign) return;
    const temporary = join(
      dirname(this.path),
      `.${basename(this.path)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`,
    );
    const file: CacheFile = { podlintCache: FORMAT, build: this.build, entries: this.entries, files: this.files };
    try {
      writeFileSync(temporary, JSON.stringify(file));
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

export function hashText(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('base64url');
}

/** A key from parts: their JSON, hashed. */
export function cacheKey(parts: unknown): string {
  return hashText(JSON.stringify(parts));
}

/**
 * What identifies the running podlint beyond its version (a rebuild from changed sources keeps the
 * version): the names, sizes and times of its own bundle files.
 */
function buildStamp(): string {
  const here = fileURLToPath(import.meta.url);
  const folder = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  const parts: string[] = [podlintVersion];
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
  return hashText(parts.join('\n'));
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
