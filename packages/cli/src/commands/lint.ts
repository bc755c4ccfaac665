import { dirname, resolve } from 'node:path';
import {
  allRules,
  expandRuleSettings,
  type Finding,
  type LintInput,
  type LintOptions,
  type PodlintConfig,
  type Severity,
} from '@podlint/core';
import type { CliOptions } from '../args.js';
import { ConfigResolver, loadConfig } from '../config.js';
import { openCache, resolveCachePath, type RecordedRun } from '../cache.js';
import { readCrds } from '../crds.js';
import { readManifest, type InputError } from '../read-input.js';
import { expandPaths, findSourceRoot } from '../walk.js';
import { LARGE_WALK_FILES, tuneV8ForLargeInput } from '../v8-tuning.js';
import { fixFile, type FileSource } from '../fix.js';
import { FORMATTERS, summarize, type ReportedFile } from '../formatters/index.js';
import { encodingFinding, type LintTally } from '../lint-isolated.js';
import {
  lintGroups,
  newTextBudget,
  planFile,
  runKeyOf,
  saveCache,
  startWorkersEarly,
  type LintGroup,
  type RunSettings,
} from '../lint-run.js';
import type { CliIo } from '../io.js';
// Imported, not import()ed: esbuild wraps every module a dynamic import reaches (here all of core)
// in a lazy initializer, which cost about 3 ms of every start. It loads git's node:child_process
// only when used.
import { readOldVersions } from '../old-inputs.js';
import { printable } from '../printable.js';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `podlint [paths]`: lint (and with --fix, fix) the inputs, print the report, return the exit code. */
export async function lintCommand(options: CliOptions, io: CliIo): Promise<number> {
  let stdinCache: Buffer | undefined;
  const readStdin = (): Buffer => (stdinCache ??= io.readStdin());
  const paths = choosePaths(options, io, readStdin);
  const explicitConfig = options.config ? loadConfig(resolve(io.cwd, options.config)) : undefined;
  const configs = new ConfigResolver(io.cwd, explicitConfig);
  await configs.prepareIgnores(paths);
  const {
    files,
    locations,
    errors: pathErrors,
    ignored,
    notices,
  } = await expandPaths(paths, io.cwd, (file, absolute) => file !== '-' && configs.isIgnored(file, absolute), {
    allowUnmatched: !options.errorOnUnmatchedPattern,
    onDirectory: configs.noteDirectory,
    onLargeWalk: { files: LARGE_WALK_FILES, reached: tuneV8ForLargeInput },
  });
  // A file named on the command line is never dropped in silence.
  for (const file of ignored)
    io.stderr(
      `podlint: ${printable(file)}: not linted: the ignore globs of ${printable(configs.forFile(file).file ?? 'the config')} match it\n`,
    );
  for (const notice of notices) io.stderr(`podlint: ${printable(notice)}\n`);
  const inputErrors: InputError[] = [...pathErrors];
  // Standard input takes the config of the path it is named after, as ESLint's --stdin-filename.
  const configOf = (file: string, absolute?: string): PodlintConfig =>
    file !== '-'
      ? configs.forFile(file, absolute)
      : options.stdinFilename
        ? configs.forFile(options.stdinFilename)
        : configs.forDirectory(io.cwd);
  const nameOf = (file: string): string => (file === '-' ? (options.stdinFilename ?? '<stdin>') : file);
  const settings: RunSettings = {
    cwd: io.cwd,
    readStdin,
    readFile: io.readFile,
    jobs: options.jobs,
    cache: options.cache && !options.fix ? openCache(resolveCachePath(io.cwd, options.cacheLocation)) : undefined,
    stderr: io.stderr,
    earlyWorkers: options.fix ? undefined : await startWorkersEarly(files.length, options.jobs, options.cache),
  };
  const sources = new Map<string, FileSource>();
  const fixInputs = new Map<PodlintConfig, LintInput[]>();
  const planned = new Map<PodlintConfig, Pick<LintGroup, 'files' | 'crdFiles'>>();
  const budget = newTextBudget();
  for (const [index, file] of files.entries()) {
    const name = nameOf(file);
    const location = locations[index] ?? { absolute: resolve(io.cwd, file), regular: false };
    const config = configOf(file, location.absolute);
    if (options.fix) {
      const read = readManifest(file, io.cwd, readStdin, io.readFile);
      if (!read.ok) {
        inputErrors.push({ ...read.error, file: name });
        continue;
      }
      // Only --fix needs the bytes: to write the same encoding back, and to notice a change made meanwhile.
      sources.set(name, { hadBom: read.hadBom, encoding: read.encoding, bytes: read.bytes });
      fixInputs.set(config, [...(fixInputs.get(config) ?? []), { file: name, text: read.text }]);
      continue;
    }
    const plan = planFile(file, name, location, settings, inputErrors, budget);
    if (!plan) continue;
    const group = planned.get(config) ?? { files: [], crdFiles: [] };
    group.files.push(plan.file);
    if (plan.crdFile) group.crdFiles.push(plan.crdFile);
    planned.set(config, group);
  }
  const configsUsed = [...new Set([...fixInputs.keys(), ...planned.keys()])];

  // Accepted but worth changing, such as a renamed rule's old id: said once per config file.
  for (const config of new Set([...(explicitConfig ? [explicitConfig] : []), ...configsUsed])) {
    for (const warning of config.warnings ?? [])
      io.stderr(
        `podlint: warning: ${printable(`${warning.file}:${warning.line}:${warning.column}: ${warning.message}`)}\n`,
      );
  }

  const old =
    options.old !== undefined || options.base !== undefined
      ? await readOldVersions(options, io.cwd, readStdin, inputErrors)
      : undefined;
  const tally: LintTally = { updatesChecked: 0 };
  const optionsFor = async (config: PodlintConfig): Promise<LintOptions> => ({
    kubernetesVersion: options.kubernetesVersion ?? config.kubernetesVersion,
    rules: expandRuleSettings(options.rules, config.rules),
    ...(config.podSecurity ? { podSecurityDefaults: config.podSecurity } : {}),
    ...(config.enabledApiVersions ? { enabledApiVersions: config.enabledApiVersions } : {}),
    reportUnusedDisable: options.reportUnusedDisable,
    crds: await readCrds(
      [
        ...options.crd.map((path) => resolve(io.cwd, path)),
        ...config.crds.map((path) => resolve(config.file ? dirname(config.file) : io.cwd, path)),
      ],
      io.cwd,
      inputErrors,
    ),
    ...(old ? { old } : {}),
    ...(options.namespace !== undefined ? { defaultNamespace: options.namespace } : {}),
  });
  const reported: ReportedFile[] = [];
  for (const [config, inputs] of fixInputs) {
    const lintOptions = await optionsFor(config);
    for (const input of inputs) {
      const source = sources.get(input.file);
      if (source) reported.push(fixFile(input, lintOptions, source, io.cwd, inputErrors, tally));
    }
  }
  const groups: LintGroup[] = [];
  for (const [config, group] of planned) groups.push({ config, options: await optionsFor(config), ...group });
  const color = options.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const sourceRoot = findSourceRoot(io.cwd);
  // Standard input has no stamp to know it by next time.
  const runKey =
    settings.cache && fixInputs.size === 0 && !files.includes('-')
      ? runKeyOf(groups, [options, io.cwd, color, sourceRoot, inputErrors, collationLocale(io)])
      : undefined;
  const replayed = runKey !== undefined ? settings.cache?.cache.replay(runKey) : undefined;
  if (replayed) {
    // Files that settled since the last run are known by their stamps from now on.
    saveCache(settings);
    return print(replayed, io);
  }
  reported.push(...(await lintGroups(groups, settings, inputErrors, tally)));
  const run = report(reported, inputErrors, tally, old !== undefined, options, { color, sourceRoot, cwd: io.cwd });
  if (runKey !== undefined) settings.cache?.cache.record({ key: runKey, ...run });
  saveCache(settings);
  return print(run, io);
}

/** What a run prints once its files are linted, and its exit code: a function of its arguments alone (`runKeyOf`). */
function report(
  reported: ReportedFile[],
  inputErrors: readonly InputError[],
  tally: LintTally,
  hasOld: boolean,
  options: CliOptions,
  where: { color: boolean; sourceRoot: string; cwd: string },
): Omit<RecordedRun, 'key'> {
  const before: string[] = [];
  const after: string[] = [];
  const fatal = inputErrors.filter((e) => e.fatal);
  for (const error of inputErrors.filter((e) => !e.fatal)) {
    reported.push({ file: error.file, findings: [encodingFinding(error)], resources: [] });
  }
  // Machine-read reports carry every input that could not be read, so a CI dashboard shows it;
  // on a terminal, standard error says it once.
  if (options.format !== 'stylish')
    for (const error of fatal)
      reported.push({ file: error.file, findings: [unreadableFinding(error)], resources: [], unreadable: true });
  reported.sort((a, b) => a.file.localeCompare(b.file));
  if (options.minSeverity) {
    const floor = SEVERITY_RANK[options.minSeverity];
    for (const file of reported)
      file.findings = file.findings.filter((finding) => SEVERITY_RANK[finding.severity] >= floor);
  }

  const summary = summarize(reported);
  for (const error of fatal) before.push(`podlint: ${printable(error.file)}: ${printable(error.message)}\n`);
  if (options.debug)
    for (const file of reported)
      if (file.skipped) before.push(`podlint: debug: ${file.file}: skipped, ${file.skipped}\n`);
  const stdout =
    FORMATTERS[options.format]?.(reported, {
      color: where.color,
      rules: allRules,
      summary,
      cwd: where.cwd,
      sourceRoot: where.sourceRoot,
      failedInputs: fatal.length,
    }) ?? '';
  if (hasOld && tally.updatesChecked === 0 && summary.resources > 0) {
    const from = options.base !== undefined ? `--base ${options.base}` : `--old ${options.old ?? '-'}`;
    after.push(
      `podlint: ${from}: no resource has an old version there (objects pair by kind, namespace and name; manifests without a namespace count as ${options.namespace ? `"${options.namespace}"` : '"default"'}${options.namespace ? '' : ', use --namespace for the one they are applied to'}), so no update was checked\n`,
    );
  }
  let exitCode = 0;
  if (fatal.length > 0) exitCode = 2;
  else if (summary.errors > 0) exitCode = 1;
  else if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    after.push(`podlint: ${summary.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    exitCode = 1;
  }
  return { exitCode, before, stdout, after };
}

function print(run: Omit<RecordedRun, 'key'>, io: CliIo): number {
  for (const text of run.before) io.stderr(text);
  if (typeof run.stdout === 'string') io.stdout(run.stdout);
  else if (io.stdoutBytes) io.stdoutBytes(run.stdout);
  else io.stdout(run.stdout.toString('utf8'));
  for (const text of run.after) io.stderr(text);
  return run.exitCode;
}

/**
 * No path: standard input when something is piped in (`helm template . | podlint`, where linting
 * the current directory instead would pass in silence), else the current directory. An empty
 * pipe (a generator that failed) falls back to the directory, which still fails on no manifests.
 */
function choosePaths(options: CliOptions, io: CliIo, readStdin: () => Buffer): string[] {
  if (options.paths.length > 0 || options.fix || !io.stdinIsPiped || options.old === '-') return options.paths;
  return readStdin().toString('utf8').trim() === '' ? [] : ['-'];
}

/**
 * What chooses the locale whose order the report's files are sorted in (`localeCompare`): ICU's
 * default comes from these variables. Asking ICU itself (`Intl.Collator`) costs some 8 ms.
 */
function collationLocale(io: CliIo): Array<string | null> {
  return ['LC_ALL', 'LC_COLLATE', 'LC_MESSAGES', 'LANG', 'LANGUAGE'].map((name) => io.env[name] ?? null);
}

function unreadableFinding(error: InputError): Finding {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    ruleId: 'podlint/unreadable-input',
    severity: 'error',
    message: `cannot lint this input: ${error.message}`,
    path: '',
    range: { start: at, end: at },
  };
}
