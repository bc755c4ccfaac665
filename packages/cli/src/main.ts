import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  allRules,
  closestMatch,
  decodeBytes,
  DEFAULT_CONFIG,
  findConfigFile,
  fixText,
  lint,
  parseConfig,
  renamedRuleId,
  ruleById,
  ruleDocsUrl,
  ruleHelp,
  ruleIds,
  type ConfigError,
  type Finding,
  type LintInput,
  type LintOptions,
  type PodlintConfig,
  type Rule,
  YamlManifestLoader,
} from '@podlint/core';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { encodeText, expandPaths, FileChangedError, readBounded, readManifest, writeFileAtomically, type FileReader, type InputError, type TextEncoding } from './files.js';
import { FORMATTERS, summarize, type ReportedFile } from './formatters/index.js';
import { readOldVersions } from './old.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Buffer;
  /** Reads a file by absolute path (default: a size-bounded read); tests simulate unreadable files with it. */
  readFile?: FileReader;
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const VERSION = '0.1.0';

export class ConfigProblem extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
}

/** The whole CLI as a function: arguments in, exit code out. Never throws. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`podlint: ${error.message}\nRun \`podlint --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigProblem) {
      io.stderr(`podlint: configuration error\n${error.message}\n`);
      return 2;
    }
    io.stderr(`podlint: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a podlint bug; please report it with the input that caused it.\n`);
    return 2;
  }
}

async function runUnsafe(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (options.command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (options.command === 'rules') return showRules(options.paths, options.format, io);

  const explicitConfig = options.config ? loadConfig(resolve(io.cwd, options.config)) : undefined;
  const configs = new ConfigResolver(io.cwd, explicitConfig);
  await configs.prepareIgnores(options.paths);
  const { files, errors: pathErrors } = await expandPaths(options.paths, io.cwd, (file) => file !== '-' && configs.isIgnored(file));
  const inputErrors: InputError[] = [...pathErrors];
  const sources = new Map<string, FileSource>();
  const groups = new Map<PodlintConfig, LintInput[]>();
  let stdinCache: Buffer | undefined;
  const readStdin = (): Buffer => (stdinCache ??= io.readStdin());
  for (const file of files) {
    const read = readManifest(file, io.cwd, readStdin, io.readFile);
    const name = file === '-' ? (options.stdinFilename ?? '<stdin>') : file;
    if (!read.ok) {
      inputErrors.push({ ...read.error, file: name });
      continue;
    }
    // Only --fix needs the bytes: to write the same encoding back, and to notice a change made meanwhile.
    if (options.fix) sources.set(name, { hadBom: read.hadBom, encoding: read.encoding, bytes: read.bytes });
    const config = file === '-' ? configs.forDirectory(io.cwd) : configs.forFile(file);
    const group = groups.get(config) ?? [];
    group.push({ file: name, text: read.text });
    groups.set(config, group);
  }

  for (const config of new Set([...(explicitConfig ? [explicitConfig] : []), ...groups.keys()])) {
    for (const warning of config.warnings ?? []) io.stderr(`podlint: warning: ${warning.file}:${warning.line}:${warning.column}: ${warning.message}\n`);
  }

  const old = options.old !== undefined || options.base !== undefined ? await readOldVersions(options, io.cwd, readStdin) : undefined;
  const reported: ReportedFile[] = [];
  for (const [config, inputs] of groups) {
    const lintOptions: LintOptions = {
      kubernetesVersion: options.kubernetesVersion ?? config.kubernetesVersion,
      rules: config.rules,
      reportUnusedDisable: options.reportUnusedDisable,
      crds: await readCrds([...options.crd.map((path) => resolve(io.cwd, path)), ...config.crds.map((path) => resolve(config.file ? dirname(config.file) : io.cwd, path))]),
      ...(old ? { old } : {}),
    };
    if (options.fix) {
      for (const input of inputs) {
        const source = sources.get(input.file);
        if (source) reported.push(fixFile(input, lintOptions, source, io.cwd, inputErrors));
      }
    } else {
      for (const file of lintIsolated(inputs, lintOptions)) reported.push(file);
    }
  }
  for (const error of inputErrors.filter((e) => !e.fatal)) {
    reported.push({ file: error.file, findings: [encodingFinding(error)], resources: [] });
  }
  reported.sort((a, b) => a.file.localeCompare(b.file));
  if (options.quiet) for (const file of reported) file.findings = file.findings.filter((finding) => finding.severity === 'error');

  const summary = summarize(reported);
  const color = options.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  io.stdout(FORMATTERS[options.format]?.(reported, { color, rules: allRules, summary }) ?? '');
  const fatal = inputErrors.filter((e) => e.fatal);
  for (const error of fatal) io.stderr(`podlint: ${error.file}: ${error.message}\n`);
  if (fatal.length > 0) return 2;
  if (summary.errors > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    io.stderr(`podlint: ${summary.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * Lints a group of files together (cross-file rules need them all); if that fails outright, each
 * file on its own, so one input that breaks podlint costs only its own findings.
 */
function lintIsolated(inputs: readonly LintInput[], options: LintOptions): ReportedFile[] {
  try {
    return lint(inputs, options).files.map((result) => ({ file: result.file, findings: result.findings, resources: result.resources }));
  } catch {
    return inputs.map((input) => {
      try {
        const result = lint([input], options).files[0];
        return { file: input.file, findings: result?.findings ?? [], resources: result?.resources ?? [] };
      } catch (error) {
        return { file: input.file, findings: [internalErrorFinding(error)], resources: [] };
      }
    });
  }
}

function internalErrorFinding(error: unknown): Finding {
  const detail = error instanceof RangeError ? 'the input is too large or too deeply nested' : error instanceof Error ? error.message : String(error);
  const at = { line: 1, column: 1, offset: 0 };
  return { ruleId: 'podlint/internal-error', severity: 'error', message: `podlint failed on this file (${detail}); this is a podlint bug, please report it with the file`, path: '', range: { start: at, end: { ...at, column: 2 } } };
}

function encodingFinding(error: InputError): Finding {
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  return { ruleId: 'yaml/encoding', severity: 'error', message: error.message, path: '', range: { start: { line, column, offset: 0 }, end: { line, column: column + 1, offset: 0 } } };
}

/** Finds and caches the nearest config per directory; one explicit --config overrides them all. */
class ConfigResolver {
  private readonly byDirectory = new Map<string, PodlintConfig>();
  private readonly byFile = new Map<string, PodlintConfig>();

  constructor(private readonly cwd: string, private readonly explicit: PodlintConfig | undefined) {}

  forFile(file: string): PodlintConfig {
    return this.forDirectory(dirname(resolve(this.cwd, file)));
  }

  forDirectory(directory: string): PodlintConfig {
    if (this.explicit) return this.explicit;
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const found = findConfigFile(directory);
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

  isIgnored(file: string): boolean {
    const config = this.forFile(file);
    if (!config.file || config.ignore.length === 0 || !this.matcher) return false;
    const fromConfig = relative(dirname(config.file), resolve(this.cwd, file)).split('\\').join('/');
    return this.matcher(config, fromConfig);
  }
}

function isPlainFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function loadConfig(file: string): PodlintConfig {
  let bytes: Buffer;
  try {
    bytes = readBounded(file);
  } catch (error) {
    throw new ConfigProblem([{ file, line: 1, column: 1, message: `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new ConfigProblem([{ file, line: decoded.line, column: decoded.column, message: decoded.message }]);
  const { config, errors } = parseConfig(file, decoded.text);
  if (!config) throw new ConfigProblem(errors);
  return config;
}

async function readCrds(paths: readonly string[]): Promise<LintInput[]> {
  if (paths.length === 0) return [];
  const { files, errors } = await expandPaths(paths, '/', () => false);
  if (errors.length) throw new UsageError(`--crd: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  return files.map((file) => {
    const read = readManifest(file, '/', () => Buffer.alloc(0));
    if (!read.ok) throw new UsageError(`--crd: ${file}: ${read.error.message}`);
    return { file, text: read.text };
  });
}

/** How a file was read, so --fix writes it back the same way. */
interface FileSource {
  hadBom: boolean;
  encoding: TextEncoding;
  bytes: Uint8Array;
}

/**
 * Applies fixes and writes the file atomically (see writeFileAtomically). Nothing is written when
 * the fixed text reads worse than the original (a fix must never break the YAML), when the file
 * changed meanwhile, or when the write fails; the file's original findings are reported then.
 */
function fixFile(input: LintInput, options: LintOptions, source: FileSource, cwd: string, errors: InputError[]): ReportedFile {
  const original = (): ReportedFile => lintIsolated([input], options)[0] ?? { file: input.file, findings: [], resources: [] };
  let fixedText: string;
  let reported: ReportedFile;
  try {
    const { text, fixed, result } = fixText(input, options);
    if (fixed === 0 || text === input.text) return { file: result.file, findings: result.findings, resources: result.resources };
    fixedText = text;
    reported = { file: result.file, findings: result.findings, resources: result.resources };
  } catch {
    return original();
  }
  const loader = new YamlManifestLoader();
  if (loader.load(input.file, fixedText).problems.length > loader.load(input.file, input.text).problems.length) {
    errors.push({ file: input.file, message: 'the fixes would have made the file unreadable, so nothing was written; this is a podlint bug, please report it', fatal: true });
    return original();
  }
  try {
    writeFileAtomically(resolve(cwd, input.file), encodeText(fixedText, source.encoding, source.hadBom), source.bytes);
  } catch (error) {
    const why = error instanceof FileChangedError ? error.message : `cannot write it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    errors.push({ file: input.file, message: `fixes not applied (${why}); the file is unchanged`, fatal: true });
    return original();
  }
  return reported;
}

/** `podlint rules`: every rule; `podlint rules ID…`: those rules' pages (a renamed id names its rule). */
function showRules(ids: readonly string[], format: string, io: CliIo): number {
  if (ids.length === 0) {
    io.stdout(listRules(format));
    return 0;
  }
  const rules: Rule[] = [];
  for (const id of ids) {
    const rule = ruleById(id);
    if (!rule) {
      const suggestion = closestMatch(id, ruleIds());
      io.stderr(`podlint: unknown rule id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\nRun \`podlint rules\` for the list.\n`);
      return 2;
    }
    const renamed = renamedRuleId(id);
    if (renamed) io.stderr(`podlint: warning: rule "${id}" was renamed to "${renamed}"; use the new id\n`);
    rules.push(rule);
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, rules: rules.map((rule) => ({ ...rule.meta, help: ruleHelp(rule), url: ruleDocsUrl(rule.meta.id) })) })}\n`);
  } else {
    io.stdout(rules.map((rule) => `${ruleHelp(rule).trimEnd()}\n\n${ruleDocsUrl(rule.meta.id)}\n`).join('\n'));
  }
  return 0;
}

function listRules(format: string): string {
  const rules = allRules.map((rule) => ({ ...rule.meta, help: format === 'json' ? ruleHelp(rule) : undefined }));
  if (format === 'json') return `${JSON.stringify({ version: 1, rules })}\n`;
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description}`).join('\n')}\n`;
}

function processIo(): CliIo {
  // `podlint … | head` closes the pipe early: that is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.exitCode = 2;
    });
  }
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readBounded(0),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

export type { CliOptions };
