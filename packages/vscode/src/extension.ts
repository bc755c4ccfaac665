import { join } from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';

/**
 * The podlint extension: a thin client that starts `podlint-lsp --stdio` (bundled in the
 * extension, or the one `podlint.serverPath` names) for YAML and JSON files. Everything else —
 * config files, fixes, hover, completion — is the server's.
 */
let client: LanguageClient | undefined;

/** How the server is started: node with the bundled entry (or a configured one), speaking over stdio. */
export function serverOptions(extensionPath: string, serverPath?: string | null): ServerOptions {
  const module = serverPath || join(extensionPath, 'dist', 'server', 'main.mjs');
  return { module, transport: TransportKind.stdio, args: [] };
}

export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: { configurationSection: 'podlint' },
  };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const configured = workspace.getConfiguration('podlint').get<string | null>('serverPath');
  client = new LanguageClient('podlint', 'podlint', serverOptions(context.extensionPath, configured), clientOptions());
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
