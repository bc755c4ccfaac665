import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** What the oracle (test/oracle, the API server's own code) says about one document. */
export interface OracleVerdict {
  file: string;
  index: number;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
  verdict: 'accept' | 'reject' | 'unknown';
  errors: Array<{ type: string; field: string; detail: string; value?: string }>;
  warnings: string[];
}

export const ORACLE_BINARY = join(dirname(fileURLToPath(import.meta.url)), '..', 'oracle', 'bin', 'oracle');

/**
 * One long-lived `oracle --batch` process for a whole test file: requests are JSON lines, answers
 * come back in order. Tests call {@link askOracle}; the process ends when the test process does.
 */
class OracleClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Array<{ resolve: (value: OracleVerdict[]) => void; reject: (error: Error) => void }> = [];
  private nextId = 0;

  constructor() {
    this.child = spawn(ORACLE_BINARY, ['--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.keepAlive(false);
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const waiter = this.pending.shift();
      if (!waiter) return;
      if (this.pending.length === 0) this.keepAlive(false);
      try {
        const answer = JSON.parse(line) as { results?: OracleVerdict[]; error?: string };
        if (answer.error) waiter.reject(new Error(`oracle: ${answer.error}`));
        else waiter.resolve(answer.results ?? []);
      } catch (error) {
        waiter.reject(error as Error);
      }
    });
    this.child.on('exit', (code) => {
      for (const waiter of this.pending.splice(0)) waiter.reject(new Error(`oracle exited with ${code}`));
    });
  }

  /**
   * The process must not keep a test file alive once its tests are done, yet must keep the event
   * loop running while an answer is awaited: referenced only while requests are pending.
   */
  private keepAlive(on: boolean): void {
    const handles = [this.child, this.child.stdout, this.child.stderr, this.child.stdin] as unknown as Array<{
      ref?: () => void;
      unref?: () => void;
    }>;
    for (const handle of handles) {
      if (on) handle.ref?.();
      else handle.unref?.();
    }
  }

  ask(text: string, options: { file?: string; oldText?: string } = {}): Promise<OracleVerdict[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) this.keepAlive(true);
      this.pending.push({ resolve, reject });
      const request = {
        id: String(this.nextId++),
        file: options.file ?? 'case.yaml',
        text,
        ...(options.oldText !== undefined ? { oldText: options.oldText } : {}),
      };
      this.child.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }
}

let client: OracleClient | undefined;

/** Asks the oracle about a YAML stream (create path), or about an update when `oldText` is given. */
export function askOracle(text: string, options: { file?: string; oldText?: string } = {}): Promise<OracleVerdict[]> {
  if (!existsSync(ORACLE_BINARY)) {
    return Promise.reject(
      new Error(`the oracle is not built (${ORACLE_BINARY}); run \`pnpm oracle:build\` (needs Go)`),
    );
  }
  client ??= new OracleClient();
  return client.ask(text, options);
}
