import type { Finding, ResourceIdentity, Rule } from '@podlint/core';

/** A linted file as the CLI reports it: findings sorted by position, the path as the user gave it. */
export interface ReportedFile {
  file: string;
  findings: Finding[];
  resources: ResourceIdentity[];
  /** An input that could not be read at all: reported, but not counted as a linted file. */
  unreadable?: true;
  /** Why it was skipped (another tool's YAML): a debug note, not a finding. */
  skipped?: string;
}

export interface ReportSummary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface FormatContext {
  color: boolean;
  rules: readonly Rule[];
  summary: ReportSummary;
  /** The directory the file names are relative to. */
  cwd: string;
  /** The repository's top directory (the nearest with `.git`), else cwd: SARIF's `%SRCROOT%`. */
  sourceRoot: string;
  /** Inputs that could not be read (exit 2): no "no problems" line then. */
  failedInputs: number;
}

/** The one formatter interface: results in, the whole output text out. */
export type Formatter = (files: readonly ReportedFile[], context: FormatContext) => string;

export function summarize(files: readonly ReportedFile[]): ReportSummary {
  const summary: ReportSummary = {
    files: files.filter((file) => !file.unreadable).length,
    resources: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const file of files) {
    summary.resources += file.resources.length;
    for (const finding of file.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
