import { podlintVersion } from '@podlint/core';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { lintCommand } from './commands/lint.js';
import { rulesCommand } from './commands/rules.js';
import { ConfigProblem } from './config.js';
import { processIo, type CliIo } from './io.js';
import { printable, printableLines } from './printable.js';

/** The whole CLI as a function: arguments in, exit code out. Never throws. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`podlint: ${printable(error.message)}\nRun \`podlint --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigProblem) {
      io.stderr(`podlint: configuration error\n${printableLines(error.message)}\n`);
      return 2;
    }
    io.stderr(
      `podlint: internal error: ${printable(error instanceof Error ? error.message : String(error))}\nThis is a podlint bug; please report it with the input that caused it.\n`,
    );
    return 2;
  }
}

async function runUnsafe(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv);
  switch (options.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`${podlintVersion}\n`);
      return 0;
    case 'rules':
      return rulesCommand(options.paths, options.format, io);
    case 'lint':
      return lintCommand(options, io);
  }
}

export type { CliIo, CliOptions };
