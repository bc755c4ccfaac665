import { dirname, resolve } from 'node:path';
import { allRules, type LintInput, type LintOptions, type PodlintConfig } from '@podlint/core';
import type { CliOptions } from '../args.js';
import { ConfigResolver, loadConfig } from '../config.js';
import { readCrds } from '../crds.js';
import { expandPaths, readManifest, type InputError } from '../files.js';
import { fixFile, type FileSource } from '../fix.js';
import { FORMATTERS, summarize, type ReportedFile } from '../formatters/index.js';
import { encodingFinding, lintIsolated } from '../lint-isolated.js';
import type { CliIo } from '../io.js';
import { readOldVersions } from '../old-inputs.js';

/** `podlint [paths]`: lint (and with --fix, fix) the inputs, print the report, return the exit code. */
export async function lintCommand(options: CliOptions, io: CliIo): Promise<number> {
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
