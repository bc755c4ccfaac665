// The command line's paths to files: directories walked, globs matched, symbolic links checked.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep, dirname } from 'node:path';
import { LINK_MESSAGES, type InputError } from './read-input.js';

export const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];
/**
 * A name that `MANIFEST_GLOB` matches without `dot`: not hidden, and a `*` (picomatch's
 * `(?!\.)(?=.)[^/]*?`: no line break first) before the extension.
 */
const MANIFEST_NAME = /^(?![.\n\r\u2028\u2029])[^/]*\.(?:yaml|yml|json)$/s;

/** What a walk or a glob found: a path relative to where it began, with `/` between names. */
interface Found {
  path: string;
  dirent: Pick<Dirent, 'isFile' | 'isSymbolicLink'>;
}

/** Where a file the command line named or a walk found is. */
export interface FileLocation {
  absolute: string;
  /** Listed as a regular file by the walk that found it (`readListedFile`). */
  regular: boolean;
}

/** Every directory a walk reads, with its entries, for who else wants to know what is there. */
export type DirectoryListener = (directory: string, entries: readonly Dirent[]) => void;

/** Told once, as soon as a walk has found `files` manifests: before the rest of the walk and the reading. */
export interface LargeWalkListener {
  files: number;
  reached: () => void;
}

/**
 * Expands the command line into files: files as given, directories walked for manifests, globs
 * matched. Symbolic links to files are followed, links to directories are not (so loops cannot
 * hang the walk); broken links, link loops and missing paths are reported.
 */
export async function expandPaths(
  paths: readonly string[],
  cwd: string,
  /** Whether to leave a file out; `absolute` is the file resolved, when the walk knows it. */
  ignore: (file: string, absolute?: string) => boolean,
  {
    allowUnmatched = false,
    onDirectory,
    onLargeWalk,
  }: { allowUnmatched?: boolean; onDirectory?: DirectoryListener; onLargeWalk?: LargeWalkListener } = {},
): Promise<{
  files: string[];
  /** Where each file is: its absolute path (`-` for standard input), as `path.resolve(cwd, file)` gives it. */
  locations: FileLocation[];
  errors: InputError[];
  ignored: string[];
  notices: string[];
}> {
  const files: string[] = [];
  const locations: FileLocation[] = [];
  const errors: InputError[] = [];
  /** Files named on the command line that the ignore globs drop: the CLI says so. */
  const ignored: string[] = [];
  /** Symbolic links a walk found that lead out of the tree it walks: not followed, and the CLI says so. */
  const notices: string[] = [];
  const seen = new Set<string>();
  /**
   * Adds a file unless it is ignored; true when it is a manifest to lint (also when already added by
   * another path). `realPath` and `absolute`, when the caller knows them, save resolving the file's
   * path and links again.
   */
  const add = (file: string, realPath?: string, absolute = resolve(cwd, file), regular = false): boolean => {
    if (ignore(file, absolute)) return false;
    let key: string;
    try {
      key = realPath ?? realpathSync(absolute);
    } catch {
      key = absolute;
    }
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
      locations.push({ absolute, regular });
    }
    return true;
  };
  /**
   * Adds what a walk or a glob found; returns how many manifests it yielded, counting ones named
   * twice. `realWalked`: the real path of the directory walked, when no link was followed on the
   * way to its files (a walk, not a glob), so that a file's real path is that and its path in it.
   */
  const addFound = (
    found: Found[],
    display: (entry: string) => string,
    walked: string,
    realWalked?: string,
  ): number => {
    let yielded = 0;
    const root = findSourceRoot(walked);
    for (const entry of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const file = display(entry.path);
      if (entry.dirent.isFile()) {
        const realPath = realWalked !== undefined ? under(realWalked, entry.path) : undefined;
        // A walk's path is the absolute path walked and the names found in it.
        if (add(file, realPath, realWalked !== undefined ? under(walked, entry.path) : undefined, true)) yielded++;
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
      if (!files.includes('-')) {
        files.push('-');
        locations.push({ absolute: '-', regular: false });
      }
      continue;
    }
    const absolute = resolve(cwd, path);
    const kind = pathKind(absolute);
    if (kind === 'file' && ignore(path)) ignored.push(path);
    else if (kind === 'file') add(path);
    else if (kind === 'dir') {
      const prefix = displayPrefix(path);
      const yielded = addFound(
        walkManifests(absolute, onDirectory, onLargeWalk),
        (entry) => prefix + entry,
        absolute,
        realPathOf(absolute),
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
  return { files, locations, errors, ignored, notices };
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

/**
 * The entries of a directory's tree that `MANIFEST_GLOB` matches, as fast-glob would find them
 * with `dot: false`, `ALWAYS_IGNORED`, `followSymbolicLinks: false`, `onlyFiles: false` and
 * `suppressErrors` (links are found, not followed; an unreadable directory is passed over), in
 * one `readdir` per directory.
 */
export function walkManifests(
  root: string,
  onDirectory: DirectoryListener | undefined,
  onLargeWalk?: LargeWalkListener,
): Found[] {
  const found: Found[] = [];
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const directory = folder === '' ? root : under(root, folder);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    onDirectory?.(directory, entries);
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.')) continue;
      const path = folder === '' ? name : `${folder}/${name}`;
      if (entry.isDirectory() && name !== 'node_modules') pending.push(path);
      if (MANIFEST_NAME.test(name) && found.push({ path, dirent: entry }) === onLargeWalk?.files) onLargeWalk.reached();
    }
  }
  return found;
}

/** fast-glob is loaded only when a glob is matched, to keep the common start-up cheap. */
async function loadFastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

function looksLikeGlob(path: string): boolean {
  return /[*?[\]{}()!]/.test(path);
}

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

function realPathOf(absolute: string): string | undefined {
  try {
    return realpathSync(absolute);
  } catch {
    return undefined;
  }
}

/** `join(directory, path)` for a path of names a walk found (no `.`, `..` or empty ones): no normalizing needed where `/` separates. */
function under(directory: string, path: string): string {
  if (sep !== '/') return join(directory, path);
  return directory.endsWith('/') ? `${directory}${path}` : `${directory}/${path}`;
}

/** What the names of a walk of `directory` are shown after. */
function displayPrefix(directory: string): string {
  if (directory === '.' || directory === './') return '';
  return `${directory.replace(/[\\/]+$/, '')}/`;
}

/** The repository's top directory (the nearest with a `.git`), or `cwd` outside a repository. */
export function findSourceRoot(cwd: string): string {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return resolve(cwd);
  }
}
