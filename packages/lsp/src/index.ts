import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { podlintVersion } from '@podlint/core';
import { diagnose } from './service.js';

/** `podlint-lsp --stdio`: publishes podlint's findings as diagnostics on open and on every edit. */
export function start(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${podlintVersion}\n`);
    return;
  }
  if (!argv.includes('--stdio')) {
    process.stderr.write('usage: podlint-lsp --stdio | --version\n');
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
  const publish = (document: TextDocument): void => {
    let diagnostics: ReturnType<typeof diagnose> = [];
    try {
      diagnostics = diagnose(document.uri, document.getText());
    } catch (error) {
      connection.console.error(`podlint: ${error instanceof Error ? error.message : String(error)}`);
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };
  documents.onDidOpen((event) => publish(event.document));
  documents.onDidChangeContent((event) => publish(event.document));
  documents.onDidClose((event) => void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
  documents.listen(connection);
  connection.listen();
}
