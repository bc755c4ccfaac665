import { existsSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  decodeBytes,
  DEFAULT_CONFIG,
  findConfigFile,
  parseConfig,
  type ConfigError,
  type PodlintConfig,
} from '@podlint/core';
import { readBounded } from './read-input.js';

export class ConfigProblem extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
}

const CASE_INSENSITIVE_FILE_NAMES = process.platform === 'darwin' || process.platform === 'win32';

/** Finds and caches the nearest config per directory; one explicit --config overrides them all. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, PodlintConfig>();
  private readonly byFile = new Map<string, PodlintConfig>();
  /** The config file of every directory looked at so far, on the way up from the folders walked. */
  private readonly configFileByDirectory = new Map<string, string | undefined>();
  /** Of the names the lookup asks for, those each walked directory holds (not as links, which may lead nowhere). */
  private readonly lookedUpNamesIn = new Map<string, ReadonlySet<string>>();
  private readonly exists = (path: string): boolean =>
    this.lookedUpNamesIn.get(dirname(path))?.has(basename(path)) ?? existsSync(path);

  /**
   * What a walk read in a directory (absolute, as `path.resolve` gives it), which saves asking the
   * file system whether it holds a config or `.git`.
   */
  readonly noteDirectory = (directory: string, entries: readonly Dirent[]): void => {
    // A listing names files by their exact case; macOS and Windows file systems find `.Podlint.yaml`
    // when asked for `.podlint.yaml`, as existsSync does there, so they keep asking the file system.
    if (CASE_INSENSITIVE_FILE_NAMES) return;
    let names: Set<string> | undefined;
    for (const entry of entries) {
      if (!LOOKED_UP_NAMES.has(entry.name)) continue;
      if (entry.isSymbolicLink()) return;
      (names ??= new Set()).add(entry.name);
    }
    this.lookedUpNamesIn.set(directory, names ?? NONE);
  };

  constructor(
    private readonly cwd: string,
    private readonly explicit: PodlintConfig | undefined,
  ) {}

  /** The config of each directory as a file's path names it (`folderKey`: so that a walk's files cost a lookup each). */
  private readonly byNamedDirectory = new Map<string, PodlintConfig>();

  /** The config of `file`; `absolute`, when the caller knows it, is `file` resolved (saves resolving its folder). */
  forFile(file: string, absolute?: string): PodlintConfig {
    const named = folderKey(file);
    let config = this.byNamedDirectory.get(named);
    if (!config) {
      config = this.forDirectory(absolute !== undefined ? dirname(absolute) : resolve(this.cwd, dirname(file)));
      this.byNamedDirectory.set(named, config);
    }
    return config;
  }

  forDirectory(directory: string): PodlintConfig {
    if (this.explicit) return this.explicit;
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const listed = this.lookedUpNamesIn.get(directory);
    // A walked directory without a config or `.git` has its parent's config (findConfigFile's way
    // up), which saves its lookup's paths and checks, a dozen for each of a tree's folders.
    if (listed === NONE) {
      const parent = dirname(directory);
      const config = parent !== directory ? this.forDirectory(parent) : DEFAULT_CONFIG;
      this.byDirectory.set(directory, config);
      return config;
    }
    const found = findConfigFile(directory, this.configFileByDirectory, this.exists);
    let config = DEFAULT_CONFIG;
    if (found) {
      config = this.byFile.get(found) ?? loadConfig(found);
      this.byFile.set(found, config);
    }
    this.byDirectory.set(directory, config);
    return config;
  }

  private matcher: ((config: PodlintConfig, relativePath: string) => boolean) | undefined;

  /** picomatch is loaded only when some config has ignore globs. */
  async prepareIgnores(paths: readonly string[]): Promise<void> {
    const files = paths.filter((path) => path !== '-');
    const walksDirectories = paths.length === 0 || files.some((path) => !isPlainFile(resolve(this.cwd, path)));
    const configs = files.map((path) => this.forFile(path));
    if (!walksDirectories && !configs.some((config) => config.ignore.length > 0)) return;
    const { default: picomatch } = await import('picomatch');
    const compiled = new Map<PodlintConfig, (path: string) => boolean>();
    this.matcher = (config, relativePath) => {
      let match = compiled.get(config);
      if (!match) {
        match = picomatch(config.ignore, { dot: true });
        compiled.set(config, match);
      }
      return match(relativePath);
    };
  }

  isIgnored(file: string, absolute?: string): boolean {
    const config = this.forFile(file, absolute);
    if (!config.file || config.ignore.length === 0 || !this.matcher) return false;
    const fromConfig = relative(dirname(config.file), absolute ?? resolve(this.cwd, file))
      .split('\\')
      .join('/');
    return this.matcher(config, fromConfig);
  }
}

/**
 * The part of a path up to its last separator: the same for the files of one folder as one walk
 * or command line names them (a key, not a path: `a/./b.yaml` and `a/b.yaml` differ, which costs a
 * lookup, not a wrong config), and cheaper than `path.dirname`, for every file of a walk.
 */
function folderKey(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), sep === '\\' ? path.lastIndexOf('\\') : -1) + 1);
}

/** What `findConfigFile` looks for in each directory. */
const LOOKED_UP_NAMES = new Set([...CONFIG_FILE_NAMES, '.git']);
/** A listing with none of `LOOKED_UP_NAMES`. */
const NONE: ReadonlySet<string> = new Set();

function isPlainFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function loadConfig(file: string): PodlintConfig {
  let bytes: Buffer;
  try {
    bytes = readBounded(file);
  } catch (error) {
    throw new ConfigProblem([
      {
        file,
        line: 1,
        column: 1,
        message: `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      },
    ]);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    throw new ConfigProblem([{ file, line: decoded.line, column: decoded.column, message: decoded.message }]);
  const { config, errors } = parseConfig(file, decoded.text);
  if (!config) throw new ConfigProblem(errors);
  return config;
}
