import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from '../../packages/lsp/node_modules/vscode-languageserver-textdocument/lib/esm/main.js';
import { serverCommand, TestClient } from './client.js';

/** The language server as an editor meets it: the real process over stdio, driven by a real client. */
const deployment = (app: string, protocol: string, pullPolicy = 'IfNotPresent'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolicy: ${pullPolicy}
          ports:
            - containerPort: 8080
              protocol: ${protocol}
`;

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), [...edits]);
}

describe('podlint-lsp over stdio', { timeout: 180_000 }, () => {
  let directory: string;
  let client: TestClient;
  let uri: string;

  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'podlint-lsp-'));
    const git = (...args: string[]): void =>
      void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: directory,
        stdio: 'ignore',
      });
    git('init', '-q');
    writeFileSync(join(directory, 'app.yaml'), deployment('web', 'TCP'));
    // The config turns a rule off and ignores templates, as the CLI would.
    writeFileSync(
      join(directory, '.podlint.yaml'),
      'rules:\n  probes/liveness-missing: off\nignore:\n  - "templates/**"\n',
    );
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    mkdirSync(join(directory, 'templates'));
    uri = pathToFileURL(join(directory, 'app.yaml')).href;
    client = new TestClient(directory);
    client.settings = { podlint: { enable: true } };
  });

  after(async () => {
    if (client.child.exitCode === null) client.child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('initializes with every capability it serves', async () => {
    const result = (await client.initialize(pathToFileURL(directory).href)) as {
      capabilities: Record<string, unknown>;
    };
    assert.ok(result.capabilities.hoverProvider);
    assert.ok(result.capabilities.completionProvider);
    assert.deepEqual((result.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.podlint',
    ]);
  });

  let text = deployment('web', 'tcp', 'always');
  let diagnostics: Diagnostic[] = [];

  it('publishes diagnostics on open with exact ranges, docs links and the config applied, once per version', async () => {
    const published = client.next(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    diagnostics = await published;
    const protocol = diagnostics.find((diagnostic) => diagnostic.code === 'ports/protocol-unsupported');
    assert.ok(protocol, codes(diagnostics).join(', '));
    assert.deepEqual(protocol.range, { start: { line: 17, character: 14 }, end: { line: 17, character: 22 } });
    assert.equal(protocol.severity, 1);
    assert.match(protocol.codeDescription?.href ?? '', /ports\/protocol-unsupported$/);
    assert.ok(!codes(diagnostics).includes('probes/liveness-missing'), 'turned off in .podlint.yaml');
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(
      client.published.filter((params) => params.uri === uri && params.version === 1).length,
      1,
      'one publish for one version',
    );
  });

  it('offers the quick fix as the preferred action, and its edit fixes the text', async () => {
    const protocol = diagnostics.find((diagnostic) => diagnostic.code === 'ports/protocol-unsupported');
    assert.ok(protocol);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: protocol.range,
      context: { diagnostics: [protocol] },
    });
    const fix = actions.find((action) => action.isPreferred);
    assert.equal(fix?.title, 'Change the protocol to TCP');
    const fixed = apply(text, fix?.edit?.changes?.[uri] ?? []);
    assert.match(fixed, /protocol: TCP/);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Disable ports/protocol-unsupported for this line'));
    assert.ok(titles.includes('Disable ports/protocol-unsupported for this file'));
    const disable = actions.find((action) => action.title.endsWith('for this line'));
    assert.match(
      apply(text, disable?.edit?.changes?.[uri] ?? []),
      /\n {14}# podlint-disable-next-line ports\/protocol-unsupported\n {14}protocol: tcp\n/,
    );
    const docs = actions.find((action) => action.title.startsWith('Show documentation'));
    await client.request('workspace/executeCommand', docs?.command);
    assert.match(client.shownDocuments[0] ?? '', /ports\/protocol-unsupported$/);
  });

  it('fixes everything safe with source.fixAll.podlint', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.podlint'] },
    });
    const fixAll = actions.find((action) => action.kind === 'source.fixAll.podlint');
    const fixed = apply(text, fixAll?.edit?.changes?.[uri] ?? []);
    assert.equal(fixed, deployment('web', 'TCP', 'Always'));
  });

  it('hovers with the rule documentation on a diagnostic, and the field description on a key', async () => {
    const onDiagnostic = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 17, character: 16 },
    });
    assert.match(JSON.stringify(onDiagnostic.contents), /ports\/protocol-unsupported/);
    const onKey = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 14, character: 14 },
    });
    const value = (onKey.contents as { value: string }).value;
    assert.match(value, /\*\*imagePullPolicy\*\*: `string`/);
    assert.match(value, /Image pull policy/);
    assert.match(value, /Exists in Kubernetes 1\.29–1\.37/);
  });

  it('completes keys from the schema and closed values', async () => {
    const keys = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 13, character: 10 },
    });
    const labels = keys.map((item) => item.label);
    assert.ok(labels.includes('imagePullPolicy') && labels.includes('readinessProbe'), labels.join(', '));
    assert.match(keys.find((item) => item.label === 'readinessProbe')?.insertText ?? '', /httpGet/);
    const values = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 17, character: 24 },
    });
    assert.deepEqual(
      values.map((item) => item.label),
      ['SCTP', 'TCP', 'UDP'],
    );
  });

  it('outlines the objects of the file', async () => {
    const symbols = await client.request<Array<{ name: string; detail: string; selectionRange: unknown }>>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail, symbol.selectionRange]),
      [['Deployment web', 'apps/v1', { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } }]],
    );
  });

  it('reports an immutable change against git HEAD as it is typed, with the old value', async () => {
    text = deployment('api', 'TCP');
    let published = client.next(uri, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    diagnostics = await published;
    // HEAD is read in the background on open; the server publishes again once it has it.
    if (!codes(diagnostics).includes('immutable/workload-selector-changed'))
      diagnostics = await client.diagnostics(
        (params) =>
          params.uri === uri &&
          params.version === 2 &&
          params.diagnostics.some((d) => d.code === 'immutable/workload-selector-changed'),
        'immutable finding',
      );
    const immutable = diagnostics.find((diagnostic) => diagnostic.code === 'immutable/workload-selector-changed');
    assert.match(immutable?.message ?? '', /"web"/);
    assert.deepEqual(immutable?.range.start, { line: 5, character: 2 });

    // Back to the committed value: no finding.
    published = client.next(uri, 3);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: deployment('web', 'TCP') }],
    });
    assert.ok(!codes(await published).includes('immutable/workload-selector-changed'));
  });

  it('follows settings changes (rule overrides) and config file changes', async () => {
    // probes/liveness-missing is off by default and off in .podlint.yaml: client settings turn it on.
    client.settings = { podlint: { rules: { 'probes/liveness-missing': 'info' } } };
    let published = client.next(uri);
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.ok(codes(await published).includes('probes/liveness-missing'), 'turned on by the client settings');

    client.settings = { podlint: {} };
    published = client.next(uri);
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.ok(!codes(await published).includes('probes/liveness-missing'), 'off again without the setting');

    writeFileSync(
      join(directory, '.podlint.yaml'),
      'rules:\n  probes/liveness-missing: info\nignore:\n  - "templates/**"\n',
    );
    published = client.next(uri);
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(directory, '.podlint.yaml')).href, type: 2 }],
    });
    assert.ok(codes(await published).includes('probes/liveness-missing'), 'turned on by the re-read config file');

    client.settings = { podlint: { enable: false } };
    published = client.next(uri);
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(await published, []);
    client.settings = { podlint: {} };
  });

  it('leaves ignored files alone, as the CLI does', async () => {
    const template = pathToFileURL(join(directory, 'templates', 'deploy.yaml')).href;
    const published = client.next(template, 1);
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri: template,
        languageId: 'yaml',
        version: 1,
        text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
      },
    });
    assert.deepEqual(await published, []);
  });

  it('clears diagnostics on close, then shuts down and exits cleanly', async () => {
    const published = client.next(uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await published, []);
    assert.equal(await client.close(), 0, client.stderr);
  });
});

describe('podlint-lsp on the command line', () => {
  const run = (flag: string): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, serverCommand([flag]), { encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('answers --help and --version with exit 0, and anything else with usage and exit 2', () => {
    const help = run('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /podlint-lsp --stdio/);
    const version = run('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const wrong = run('--tcp');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /usage: podlint-lsp --stdio/);
  });
});

describe('podlint-lsp under a storm of edits', { timeout: 180_000 }, () => {
  it('stays alive through 200 rapid edits of garbage and valid text, and publishes the newest version', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'podlint-lsp-storm-'));
    const client = new TestClient(directory);
    try {
      await client.initialize(pathToFileURL(directory).href);
      const uri = pathToFileURL(join(directory, 'storm.yaml')).href;
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text: deployment('web', 'TCP') },
      });
      const garbage = [
        '{{{',
        'key: [unclosed',
        '\t- tab',
        'a: b: c',
        '---\n---\n',
        ': :',
        '"unterminated',
        'apiVersion: v1\nkind: Pod\nspec: {containers: [{name: x, ports: [{containerPort: 99999}]}]}',
        '\u0000\u0001',
        '&a [*a, *a]',
      ];
      for (let version = 2; version <= 201; version++) {
        const text =
          version % 3 === 0
            ? deployment(`app${version}`, 'tcp')
            : `${deployment('web', 'TCP')}---\n${garbage[version % garbage.length] ?? ''}\n`;
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      }
      const last = client.next(uri, 202);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: 202 },
        contentChanges: [{ text: deployment('web', 'tcp') }],
      });
      assert.ok(codes(await last).includes('ports/protocol-unsupported'));
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 14, character: 14 },
      });
      assert.ok(hover, 'the server still answers');
      const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version ?? 0);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'never an older version after a newer one',
      );
      assert.equal(await client.close(), 0, client.stderr);
    } finally {
      if (client.child.exitCode === null) client.child.kill('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}
