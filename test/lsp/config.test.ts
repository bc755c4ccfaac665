import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import { GADGET_CRD, GADGET_WITH_TYPO } from '../fixtures/crds.js';
import { TestClient } from './client.js';

/**
 * Configuration as the CLI resolves it, per document, in a two-folder workspace: each folder's
 * `.podlint.yaml` (release, CRD files), CRDs open in the editor, a broken config reported on the
 * config file, and the git base re-read when HEAD moves.
 */
const crd = GADGET_CRD;
const gadget = GADGET_WITH_TYPO;
const pod = (image: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n      \n`;
const codes = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => String(diagnostic.code));

describe('podlint-lsp configuration per document', { timeout: 180_000 }, () => {
  let root: string;
  let client: TestClient;
  const uriOf = (...parts: string[]): string => pathToFileURL(join(root, ...parts)).href;
  const open = (uri: string, text: string, version = 1): Promise<Diagnostic[]> => {
    const published = client.next(uri, version);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    return published;
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'podlint-lsp-config-'));
    for (const folder of ['old', 'new', 'broken']) mkdirSync(join(root, folder));
    writeFileSync(join(root, 'old', '.podlint.yaml'), 'kubernetesVersion: "1.29"\ncrds:\n  - crds/gadget.yaml\n');
    mkdirSync(join(root, 'old', 'crds'));
    writeFileSync(join(root, 'old', 'crds', 'gadget.yaml'), crd);
    writeFileSync(join(root, 'broken', '.podlint.yaml'), 'rules:\n  ports/no-such-rule: off\n');
    client = new TestClient(root);
    client.settings = { podlint: {} };
    const folders = ['old', 'new'].map((name) => ({ uri: uriOf(name), name }));
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders,
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    client.notify('initialized', {});
  });

  after(async () => {
    await client.close().catch(() => undefined);
    if (client.child.exitCode === null) client.child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('applies each folder’s kubernetesVersion to completion', async () => {
    const complete = async (folder: string): Promise<string[]> => {
      const uri = uriOf(folder, 'pod.yaml');
      await open(uri, pod('nginx:1.27'));
      const items = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 8, character: 6 },
      });
      return items.map((item) => String(item.label));
    };
    assert.ok(!(await complete('old')).includes('restartPolicyRules'), '1.29 has no restartPolicyRules');
    assert.ok((await complete('new')).includes('restartPolicyRules'), 'the default release has it');
  });

  it('validates custom resources against the CRD files of the config, and against CRDs open in the editor', async () => {
    assert.deepEqual(codes(await open(uriOf('old', 'gadget.yaml'), gadget)), ['schema/unknown-field']);
    const elsewhere = uriOf('new', 'gadget.yaml');
    assert.deepEqual(codes(await open(elsewhere, gadget)), ['schema/unknown-kind']);
    const revalidated = client.next(elsewhere, 1);
    client.notify('textDocument/didOpen', {
      textDocument: { uri: uriOf('new', 'crd.yaml'), languageId: 'yaml', version: 1, text: crd },
    });
    assert.deepEqual(codes(await revalidated), ['schema/unknown-field']);
  });

  it('reports a broken .podlint.yaml on the config file, with its line', async () => {
    const configUri = uriOf('broken', '.podlint.yaml');
    const reported = client.diagnostics((params) => params.uri === configUri, 'config diagnostics');
    await open(uriOf('broken', 'pod.yaml'), pod('nginx:1.27'));
    const [problem] = await reported;
    assert.equal(problem?.range.start.line, 1);
    assert.match(problem?.message ?? '', /unknown rule id "ports\/no-such-rule"/);
  });

  it('re-reads the git base when HEAD moves', async () => {
    const repository = join(root, 'new');
    const git = (...args: string[]): void =>
      void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repository,
        stdio: 'ignore',
      });
    const configMap = (data: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\nimmutable: true\ndata:\n  mode: ${data}\n`;
    git('init', '-q');
    writeFileSync(join(repository, 'settings.yaml'), configMap('a'));
    git('add', 'settings.yaml');
    git('commit', '-q', '-m', 'a');
    const uri = uriOf('new', 'settings.yaml');
    await open(uri, configMap('b'));
    const immutable = (diagnostics: readonly Diagnostic[]): boolean =>
      diagnostics.some((diagnostic) => String(diagnostic.code).startsWith('immutable/'));
    await client.diagnostics(
      (params) => params.uri === uri && immutable(params.diagnostics),
      'immutable change against the first commit',
    );
    // Commit the change: HEAD moves, and the same text no longer changes anything.
    writeFileSync(join(repository, 'settings.yaml'), configMap('b'));
    git('commit', '-q', '-am', 'b');
    await sleep(2500);
    let version = 2;
    for (;;) {
      const published = client.next(uri);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: configMap('b') }],
      });
      const diagnostics = await published;
      if (!immutable(diagnostics)) break;
      assert.ok(version < 20, 'HEAD was never re-read');
      version++;
      await sleep(500);
    }
  });
});
