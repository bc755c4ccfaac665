import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

/**
 * The VS Code extension as `pnpm build` packs it: its client module loads (against a stand-in for
 * the `vscode` API, which only exists inside the editor), and the server it points at starts over
 * stdio from the extension's own files, schemas included, and answers a real client.
 */
const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'vscode');
const built = join(extensionDir, 'dist', 'extension.cjs');

/** Any property is a constructible, callable stand-in: enough for the client library to load. */
function standIn(): unknown {
  const target = function standInTarget(): void {};
  return new Proxy(target, {
    get: (_, key) => (key === 'prototype' ? {} : standIn()),
    apply: () => standIn(),
    construct: () => ({}),
  });
}

interface ExtensionModule {
  serverOptions(
    extensionPath: string,
    serverPath?: string | null,
  ): { module: string; transport: number; args: string[] };
  clientOptions(): { documentSelector: Array<{ language: string }> };
  activate: unknown;
  deactivate: unknown;
}

function loadExtension(): ExtensionModule {
  const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = moduleInternals._load;
  moduleInternals._load = (request, ...rest) => (request === 'vscode' ? standIn() : original(request, ...rest));
  try {
    return createRequire(import.meta.url)(built) as ExtensionModule;
  } finally {
    moduleInternals._load = original;
  }
}

it('packs a .vsix with the client, the server and its schemas', () => {
  assert.ok(existsSync(built), 'packages/vscode/dist is missing: run `pnpm build` first');
  const vsix = readFileSync(join(extensionDir, 'dist', 'podlint.vsix'));
  for (const name of [
    'extension/package.json',
    'extension/dist/extension.cjs',
    'extension/dist/server/main.mjs',
    'extension/dist/server/podlint-lsp.js',
    'extension/dist/server/core/schemas/kubernetes.json',
  ]) {
    assert.ok(vsix.includes(Buffer.from(name)), `${name} is in the .vsix`);
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
    'podlint.base',
    'podlint.enable',
    'podlint.kubernetesVersion',
    'podlint.rules',
    'podlint.serverPath',
  ]);
});

it('loads the extension client module, and the server it starts answers over stdio', { timeout: 120_000 }, async () => {
  const extension = loadExtension();
  assert.equal(typeof extension.activate, 'function');
  assert.equal(typeof extension.deactivate, 'function');
  assert.deepEqual(
    extension.clientOptions().documentSelector.map((selector) => selector.language),
    ['yaml', 'json', 'yaml'],
  );
  const options = extension.serverOptions(extensionDir);
  assert.equal(options.transport, 0, 'stdio');
  // vscode-languageclient forks `node <module> <args> --stdio` for TransportKind.stdio.
  const directory = mkdtempSync(join(tmpdir(), 'podlint-vscode-'));
  const client = new TestClient(directory, [options.module, ...options.args, '--stdio']);
  try {
    await client.initialize(pathToFileURL(directory).href);
    const uri = pathToFileURL(join(directory, 'pod.yaml')).href;
    const published = client.next(uri, 1);
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'yaml',
        version: 1,
        text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      imagePullPolicy: always\n',
      },
    });
    const codes = (await published).map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('schema/value-unsupported'), codes.join(', '));
    assert.equal(await client.close(), 0, client.stderr);
  } finally {
    if (client.child.exitCode === null) client.child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  }
});
