import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { LintInput, LintOptions, PodlintConfig } from '@podlint/core';
import { cacheKey, hashText, type FileContent, type OpenedCache } from './cache.js';
import { readListedFile, readManifest, type FileReader, type InputError } from './read-input.js';
import type { FileLocation } from './walk.js';
import type { ReportedFile } from './formatters/index.js';
import { GroupLinter, mayHoldCrds, type UnitResult } from './group-linter.js';
import type { LintTally } from './lint-isolated.js';
import { printable } from './printable.js';
import { batchesOf, byFolder, merge, splitByUnit, type Unit } from './folder-units.js';
import { tuneV8ForLargeInput } from './v8-tuning.js';
import type { EarlyWorkers } from './worker-pool.js';

/** A file to lint: read once up front (its hash, whether it may hold CRDs), its text kept only while memory allows. */
export interface PlannedFile {
  /** As walked (`-` for standard input). */
  path: string;
  /** As reported. */
  name: string;
  hash: string;
  chars: number;
  text: string | undefined;
}

/**
 * A file that may define CRDs (`mayHoldCrds`), whose text is context for every folder of its group.
 * Its text is read at planning unless the cache knew the file: then only if something is linted.
 */
export interface PlannedCrdFile {
  /** As reported. */
  file: string;
  /** As walked. */
  path: string;
  hash: string;
  text: string | undefined;
}

/** The files of one config, linted with one set of options. */
export interface LintGroup {
  config: PodlintConfig;
  options: LintOptions;
  files: PlannedFile[];
  crdFiles: PlannedCrdFile[];
}

export interface RunSettings {
  cwd: string;
  /** Workers started when the walk was done (`startWorkersEarly`), for `lintGroups` to use or end. */
  earlyWorkers?: EarlyWorkers | undefined;
  readStdin: () => Buffer;
  readFile: FileReader | undefined;
  /** `--jobs`: undefined lets podlint choose (workers only for inputs worth their start-up). */
  jobs: number | undefined;
  /** `--cache`, opened before any file is read (`LintCache.stamp`); undefined without `--cache`. */
  cache: OpenedCache | undefined;
  stderr: (text: string) => void;
}

/** Texts kept from the first read, at most: beyond it a folder's files are read again when it is linted. */
const KEPT_TEXT_CHARS = 16 * 1024 * 1024;
/** From this much text on, workers (with their bounded heaps), one per core without --jobs. */
const BOUNDED_MEMORY_CHARS = 32 * 1024 * 1024;
/** From this much text on, V8 is tuned for a long run (v8-tuning.ts). */
const LARGE_INPUT_CHARS = 2 * 1024 * 1024;
/** From this much text on, without --jobs, one thread per core: below it a worker's start-up and warm-up outweigh it. */
const PARALLEL_INPUT_CHARS = 8 * 1024 * 1024;
/**
 * From this many files a walk found, with `--jobs` above 1, the workers start before the files are
 * read, and V8 is tuned as for a large input: manifests are a few KB each, so this is megabytes.
 */
const EARLY_WORKER_FILES = 800;
/** Without --jobs, from this many files a walk found, one thread per core, as from `PARALLEL_INPUT_CHARS` (8 MB of manifests of 2.5 KB). */
const PARALLEL_INPUT_FILES = 3200;
/** A batch this large (a big file) would not fit a worker's heap: the main thread lints it. */
const LARGE_BATCH_CHARS = 1024 * 1024;

/**
 * Starts the workers of a run that will surely want them, so that their start-up overlaps the
 * reading of the files; `lintGroups` uses them, or ends them if the input turns out too small.
 */
export async function startWorkersEarly(
  files: number,
  jobs: number | undefined,
  cached: boolean,
): Promise<EarlyWorkers | undefined> {
  const threads = jobs ?? (files >= PARALLEL_INPUT_FILES ? availableParallelism() : 1);
  // With a cache most runs lint little or nothing: workers start only when there is work for them.
  if (cached || threads < 2 || files < EARLY_WORKER_FILES) return undefined;
  // Before the workers start: they load the code cache made under these flags.
  tuneV8ForLargeInput();
  const { EarlyWorkers } = await import('./worker-pool.js');
  return new EarlyWorkers(threads - 1, true);
}

/** Reads a file for planning (`location`: where `path` is): problems go to `errors`, and its text is kept while `budget` lasts. */
export function planFile(
  path: string,
  name: string,
  location: FileLocation,
  settings: RunSettings,
  errors: InputError[],
  budget: { chars: number },
): { file: PlannedFile; crdFile: PlannedCrdFile | undefined } | undefined {
  const cache = settings.cache?.cache;
  // Tests that replace the reader simulate files the metadata would not tell apart.
  const stamp = cache && path !== '-' && !settings.readFile ? cache.stamp(location.absolute) : undefined;
  const known = stamp && cache?.contentOf(stamp);
  if (known)
    return {
      file: { path, name, hash: known.hash, chars: known.chars, text: undefined },
      crdFile: known.mayHoldCrds ? { file: name, path, hash: known.hash, text: undefined } : undefined,
    };
  const readFile = settings.readFile ?? (location.regular ? readListedFile : undefined);
  const read = readManifest(path, settings.cwd, settings.readStdin, readFile, location.absolute);
  if (!read.ok) {
    errors.push({ ...read.error, file: name });
    return undefined;
  }
  const keep = budget.chars >= read.text.length;
  if (keep) budget.chars -= read.text.length;
  const content: FileContent = {
    // Only the cache compares contents.
    hash: cache ? hashText(read.text) : '',
    chars: read.text.length,
    mayHoldCrds: mayHoldCrds(read.text),
  };
  if (stamp) cache?.remember(stamp, content);
  return {
    file: { path, name, hash: content.hash, chars: content.chars, text: keep ? read.text : undefined },
    crdFile: content.mayHoldCrds ? { file: name, path, hash: content.hash, text: read.text } : undefined,
  };
}

export function newTextBudget(): { chars: number } {
  return { chars: KEPT_TEXT_CHARS };
}

/**
 * Lints the groups a folder at a time (cross-resource rules pair a folder's Services with its
 * workloads; CRDs reach the whole group through `inputCrds`), from the cache where a folder is
 * unchanged, in worker threads when there is enough to do, and in this process otherwise. The
 * results do not depend on which: each folder is linted by the same code with the same inputs.
 */
export async function lintGroups(
  groups: readonly LintGroup[],
  settings: RunSettings,
  errors: InputError[],
  tally: LintTally,
): Promise<ReportedFile[]> {
  const cache = settings.cache?.cache;
  for (const warning of cache?.warnings ?? []) warnOfCache(settings, warning);
  const units: Unit[] = [];
  groups.forEach((group, index) => {
    const fingerprint = cache ? groupFingerprint(group) : '';
    for (const [folder, files] of byFolder(group.files)) {
      const id = `${group.config.file ?? ''}\u0000${folder}`;
      const key = cache ? cacheKey([fingerprint, files.map((file) => [file.name, file.hash])]) : '';
      const chars = files.reduce((sum, file) => sum + file.chars, 0);
      units.push({ group: index, id, files, chars, key });
    }
  });

  const results: Array<UnitResult | undefined> = units.map((unit) =>
    // Standard input is never cached: it has no path whose contents could be compared next time.
    cache && !unit.files.some((file) => file.path === '-') ? cache.get(unit.id, unit.key) : undefined,
  );
  const batches = batchesOf(
    units,
    units.flatMap((unit, index) => (results[index] ? [] : [index])),
    groups.some((group) => group.options.old !== undefined),
  );
  const read = (batch: readonly number[]): LintInput[] =>
    batch.flatMap((index) => readUnit(units[index] as Unit, settings, errors));
  const record = (batch: readonly number[], result: UnitResult): void => {
    for (const [index, unitResult] of splitByUnit(units, batch, result)) {
      results[index] = unitResult;
      const unit = units[index];
      if (cache && unit && !unit.files.some((file) => file.path === '-')) cache.set(unit.id, unit.key, unitResult);
    }
  };

  const groupOf = (batch: readonly number[]): number => (units[batch[0] as number] as Unit).group;
  const charsOf = (batch: readonly number[]): number =>
    batch.reduce((sum, index) => sum + (units[index]?.chars ?? 0), 0);
  const chars = batches.reduce((sum, batch) => sum + charsOf(batch), 0);
  // Names and messages cut from a file's text keep the whole text alive (V8's sliced strings)
  // until the report is printed. Within the texts the planning may keep at once that costs no
  // more than the planning did; beyond, results are copied, as a worker's are.
  const copyResults = chars > KEPT_TEXT_CHARS;
  /** The texts of a group's CRD files, read now if the planning did not: only a run that lints needs them. */
  const contexts = new Map<number, LintInput[]>();
  const contextOf = (group: number): LintInput[] => {
    let context = contexts.get(group);
    if (!context) {
      context = (groups[group] as LintGroup).crdFiles.flatMap((crdFile) => {
        if (crdFile.text !== undefined) return [{ file: crdFile.file, text: crdFile.text }];
        // One that cannot be read now is reported where its own folder is linted.
        const read = readManifest(crdFile.path, settings.cwd, settings.readStdin, settings.readFile);
        return read.ok ? [{ file: crdFile.file, text: read.text }] : [];
      });
      contexts.set(group, context);
    }
    return context;
  };
  const linters = new Map<number, GroupLinter>();
  const inThisThread = (group: number, inputs: readonly LintInput[]): UnitResult => {
    let linter = linters.get(group);
    if (!linter) {
      linter = new GroupLinter((groups[group] as LintGroup).options, contextOf(group));
      linters.set(group, linter);
    }
    if (inputs.length === 0) return emptyResult();
    const result = linter.lint(inputs);
    return copyResults ? structuredClone(result) : result;
  };
  const large = chars >= LARGE_INPUT_CHARS || settings.earlyWorkers !== undefined;
  if (large) tuneV8ForLargeInput();
  // Without --jobs, one thread per core from 8 MB of input (or 3,200 files walked): on the corpus
  // (6 MB, two cores) the main thread and one worker took a third more CPU than one thread (2.9 s
  // against 2.2 s: the worker's start-up, its own CRD context and JIT warm-up) for no less wall
  // time (V8 already compiles and collects garbage on the second core). The main thread lints too,
  // except from 32 MB of input, where the workers' bounded heaps keep memory in check (this
  // thread's heap is not bounded: V8 lets it grow to several times what a run keeps alive).
  const jobs = settings.jobs ?? (chars >= PARALLEL_INPUT_CHARS || settings.earlyWorkers ? availableParallelism() : 1);
  if (batches.length > 1 && (jobs > 1 || chars >= BOUNDED_MEMORY_CHARS)) {
    const { lintInWorkers } = await import('./worker-pool.js');
    await lintInWorkers(
      groups.map((group, index) => ({ options: group.options, crdFiles: contextOf(index) })),
      batches.map((batch) => ({
        group: groupOf(batch),
        read: () => read(batch),
        large: charsOf(batch) > LARGE_BATCH_CHARS,
      })),
      jobs,
      { tunedForLargeInput: large, mainThreadLints: chars < BOUNDED_MEMORY_CHARS, early: settings.earlyWorkers },
      (task, result) => record(batches[task] ?? [], result),
      inThisThread,
    );
  } else {
    settings.earlyWorkers?.close();
    for (const batch of batches) record(batch, inThisThread(groupOf(batch), read(batch)));
  }
  return merge(units, results, tally);
}

function warnOfCache(settings: RunSettings, message: string): void {
  settings.stderr(`podlint: warning: ${printable(relative(settings.cwd, settings.cache?.path ?? ''))}: ${message}\n`);
}

/** Writes the run's cache, if it has one, once the run has added to it (`lintGroups`, `LintCache.record`). */
export function saveCache(settings: RunSettings): void {
  settings.cache?.cache.save((message) => warnOfCache(settings, message));
}

function emptyResult(): UnitResult {
  return { files: [], updatesChecked: 0 };
}

function readUnit(unit: Unit, settings: RunSettings, errors: InputError[]): LintInput[] {
  const inputs: LintInput[] = [];
  for (const file of unit.files) {
    if (file.text !== undefined) {
      inputs.push({ file: file.name, text: file.text });
      file.text = undefined;
      continue;
    }
    const read = readManifest(file.path, settings.cwd, settings.readStdin, settings.readFile);
    if (read.ok) inputs.push({ file: file.name, text: read.text });
    else errors.push({ ...read.error, file: file.name });
  }
  return inputs;
}

/**
 * Everything a run's report depends on (`LintCache.replay`): what each folder's results depend on
 * (`lintGroups`' keys) and `extra`, what the report depends on besides (the options, where it runs).
 * JSON, not hashed: the cache compares it whole, so that a replayed run loads no node:crypto.
 */
export function runKeyOf(groups: readonly LintGroup[], extra: unknown): string {
  return JSON.stringify([
    extra,
    groups.map((group) => [
      group.config.file ?? null,
      groupFingerprintParts(group),
      group.files.map((file) => [file.name, file.hash]),
    ]),
  ]);
}

/** Everything a group's results depend on besides its files, hashed (`groupFingerprintParts`). */
function groupFingerprint(group: LintGroup): string {
  return cacheKey(groupFingerprintParts(group));
}

/** Everything a group's results depend on besides its files: the options, the context inputs, the CRDs of its files. */
function groupFingerprintParts(group: LintGroup): unknown[] {
  const { old, crds, ...rest } = group.options;
  const texts = (inputs: readonly LintInput[] | undefined): Array<[string, string]> | null =>
    inputs ? inputs.map((input) => [input.file, hashText(input.text)]) : null;
  return [rest, texts(old), texts(crds), group.crdFiles.map((file) => [file.file, file.hash])];
}
