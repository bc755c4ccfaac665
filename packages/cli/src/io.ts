import { fstatSync } from 'node:fs';
import { readBounded, type FileReader } from './read-input.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  /** Writes UTF-8 bytes to standard output as they are (a report kept by `--cache`); without it, `stdout` of their text. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  readStdin: () => Buffer;
  /** Reads a file by absolute path (default: a size-bounded read); tests simulate unreadable files with it. */
  readFile?: FileReader;
  isTTY: boolean;
  /** Standard input is a pipe or a redirected file (`helm template . | podlint`), not a terminal or /dev/null. */
  stdinIsPiped?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process: what `podlint` on a terminal or in a pipe uses. */
export function processIo(): CliIo {
  // `podlint … | head` closes the pipe early: that is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.exitCode = 2;
    });
  }
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readBounded(0),
    isTTY: Boolean(process.stdout.isTTY),
    stdinIsPiped: isPiped(0),
    env: process.env,
  };
}

function isPiped(descriptor: number): boolean {
  try {
    const stat = fstatSync(descriptor);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}
