import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, type CliIo } from '../../packages/cli/src/main.js';
import { temporaryDirectory } from '../support/cli.js';

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (faster than spawning it) with a captured terminal. */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; stdin?: string; isTTY?: boolean; env?: Record<string, string> },
): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: options.cwd,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: () => Buffer.from(options.stdin ?? ''),
    isTTY: options.isTTY ?? false,
    env: options.env ?? { NO_COLOR: '1' },
  };
  const status = await run(args, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** A fresh directory holding the given files (paths may have folders). */
export function workspace(files: Record<string, string | Buffer>, prefix = 'podlint-hostile-'): string {
  const dir = temporaryDirectory(prefix);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface JsonReport {
  results: Array<{
    file: string;
    line: number;
    column: number;
    ruleId: string;
    severity: string;
    message: string;
    path: string;
  }>;
  summary: { files: number; resources: number; errors: number; warnings: number; infos: number };
}

export const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';

/** Any character a terminal would act on: C0 controls but tab and line feed, DEL, C1. */
export const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
