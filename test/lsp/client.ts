import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * A real LSP client over stdio for the end-to-end tests: it starts `podlint-lsp --stdio` (the
 * built bundle when there is one, else the sources through tsx), puts a timeout on every request
 * and kills the process at the end, so a hung server fails a test instead of hanging CI.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, 'packages', 'lsp', 'bin', 'podlint-lsp.js');

/** node's arguments that run podlint-lsp with `args`: the bundle when built, else the sources through tsx. */
export function serverCommand(args: readonly string[] = ['--stdio']): string[] {
  if (
    process.env.PODLINT_LSP_FROM_SOURCE !== '1' &&
    existsSync(join(root, 'packages', 'lsp', 'dist', 'podlint-lsp.js'))
  )
    return [bundle, ...args];
  // tsx by its location: the server runs in the test's temporary directory, where `tsx` resolves to nothing.
  return [
    '--conditions=source',
    '--import',
    import.meta.resolve('tsx'),
    '--input-type=module',
    '-e',
    `import(${JSON.stringify(join(root, 'packages', 'lsp', 'src', 'index.ts'))}).then((m) => m.start(${JSON.stringify(args)}))`,
  ];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** The answers to workspace/configuration, by section. */
  settings: Record<string, unknown> = {};
  readonly shownDocuments: string[] = [];
  private waiters: Array<{
    test: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }> = [];
  stderr = '';

  /** `args`: node's arguments that start the server (default: serverCommand()). */
  constructor(cwd: string, args: readonly string[] = serverCommand()) {
    this.child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => this.settings[item.section ?? ''] ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showDocument', (params: { uri: string }) => {
      this.shownDocuments.push(params.uri);
      return { success: true };
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), `${method} got no answer`);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** The first publishDiagnostics (already received or still to come) that passes the test. */
  diagnostics(test: (params: PublishDiagnosticsParams) => boolean, what: string): Promise<Diagnostic[]> {
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen.diagnostics);
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ test, resolve })),
      `no diagnostics: ${what}`,
    ).then((params) => params.diagnostics);
  }

  /** Diagnostics of a document's version, published after now. */
  next(uri: string, version?: number): Promise<Diagnostic[]> {
    const from = this.published.length;
    return this.diagnostics(
      (params) =>
        this.published.indexOf(params) >= from &&
        params.uri === uri &&
        (version === undefined || params.version === version),
      `${uri} v${version ?? '?'}`,
    );
  }

  async initialize(rootUri: string): Promise<unknown> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  /** shutdown, exit, and the exit code; the process is killed if it does not leave. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
      return await withTimeout(exited, 'the server did not exit');
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, message: string, ms = REQUEST_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
