import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LintInput } from '@podlint/core';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigResolver, type ClientSettings, type DocumentConfig } from './config.js';
import { headCommit, readBaseVersion, type BaseVersion } from './git.js';
import { LanguageService, looksLikeManifest } from './service.js';
import { FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND } from './service/code-actions.js';
import { failureDiagnostic } from './service/diagnostics.js';

/** How long a file's base commit is trusted before git is asked again whether HEAD moved. */
const HEAD_RECHECK_MS = 2000;

interface BaseState {
  ref: string;
  /** The commit the ref named when last asked (the file may not exist there). */
  commit?: string;
  version: BaseVersion | undefined;
  checkedAt: number;
  pending?: Promise<void>;
  /** Whether a first read has finished: until then every lint of the file waits for it. */
  read?: boolean;
}

/** The LSP wiring: thin handlers over the language service, with per-document config, settings and git. */
export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = new LanguageService();
  const configs = new ConfigResolver();
  const settingsByUri = new Map<string, Promise<ClientSettings>>();
  const bases = new Map<string, BaseState>();
  const published = new Map<string, Diagnostic[]>();
  /** What was last said about each config file, so its problems are published once, and cleared when fixed. */
  const configReports = new Map<string, string>();
  let globalSettings: ClientSettings = {};
  let pullsConfiguration = false;
  let watchesDynamically = false;

  connection.onInitialize((params: InitializeParams) => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const initial = (params.initializationOptions as { settings?: ClientSettings } | undefined)?.settings;
    if (initial) globalSettings = initial;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [':'] },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND] },
      },
      serverInfo: { name: 'podlint-lsp' },
    };
  });

  connection.onInitialized(() => {
    if (pullsConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'podlint' });
    if (watchesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.podlint.{yaml,yml}' }],
      });
    }
  });

  const settingsFor = (uri: string): Promise<ClientSettings> => {
    if (!pullsConfiguration) return Promise.resolve(globalSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'podlint' }).then(
        (value: unknown) => (value && typeof value === 'object' ? (value as ClientSettings) : {}),
        () => globalSettings,
      );
      settingsByUri.set(uri, settings);
    }
    return settings;
  };

  const isCrd = (document: TextDocument): boolean => /^kind:\s*CustomResourceDefinition\s*$/m.test(document.getText());
  const openCrds = (): LintInput[] =>
    documents
      .all()
      .filter(isCrd)
      .map((document) => ({ file: document.uri, text: document.getText() }));

  /**
   * The file's base version, read once and re-read when the ref's commit moves. The first read is
   * awaited, so a file's first diagnostics already compare with its base (one publish per version);
   * later checks run in the background and re-lint only when the base changed.
   */
  const baseFor = async (uri: string, path: string | undefined, ref: string): Promise<BaseVersion | undefined> => {
    if (!path) return undefined;
    let state = bases.get(uri);
    if (!state || state.ref !== ref) {
      state = { ref, version: undefined, checkedAt: 0 };
      bases.set(uri, state);
    }
    const current = state;
    if (!current.pending && Date.now() - current.checkedAt > HEAD_RECHECK_MS) {
      current.checkedAt = Date.now();
      const firstRead = !current.read;
      current.pending = (async () => {
        const commit = await headCommit(dirname(path), ref);
        // HEAD has not moved (or there is still no repository): what was read holds.
        if (commit === current.commit) return;
        current.commit = commit;
        const version = commit ? await readBaseVersion(path, commit) : undefined;
        const changed = version?.text !== current.version?.text;
        current.version = version;
        const document = documents.get(uri);
        if (changed && !firstRead && document && bases.get(uri) === current) await validate(document);
      })()
        // Git trouble means no old version, never a crashed server.
        .catch(() => undefined)
        .finally(() => {
          current.pending = undefined;
          current.read = true;
        });
    }
    if (!current.read) await current.pending;
    return current.version;
  };

  const configFor = async (document: TextDocument): Promise<DocumentConfig> => {
    const settings = await settingsFor(document.uri);
    const path = filePath(document.uri);
    const base = await baseFor(document.uri, path, settings.base || 'HEAD');
    return configs.resolve(
      path,
      settings,
      openCrds(),
      base ? { key: base.commit, inputs: [{ file: document.uri, text: base.text }] } : undefined,
    );
  };

  const validate = async (document: TextDocument): Promise<void> => {
    const version = document.version;
    let diagnostics: Diagnostic[];
    try {
      const config = await configFor(document);
      // The newest version wins: an edit that arrived meanwhile publishes its own diagnostics.
      if (documents.get(document.uri)?.version !== version) return;
      reportConfigProblems(config);
      const text = document.getText();
      diagnostics =
        config.enabled && !config.ignored && looksLikeManifest(text)
          ? service.diagnose(document.uri, text, config.options)
          : [];
    } catch (error) {
      if (documents.get(document.uri)?.version !== version) return;
      diagnostics = [failureDiagnostic(error)];
    }
    published.set(document.uri, diagnostics);
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  };

  /** A broken `.podlint.yaml` is not silently replaced by defaults: its mistakes show on the config file. */
  const reportConfigProblems = (config: DocumentConfig): void => {
    if (!config.configFile) return;
    const key = JSON.stringify(config.configErrors);
    if (configReports.get(config.configFile) === key) return;
    configReports.set(config.configFile, key);
    const diagnostics: Diagnostic[] = config.configErrors.map((error) => ({
      range: {
        start: { line: error.line - 1, character: error.column - 1 },
        end: { line: error.line - 1, character: error.column },
      },
      severity: 1,
      source: 'podlint',
      code: 'podlint/config',
      message: `${error.message} (podlint uses its defaults until this is fixed)`,
    }));
    void connection.sendDiagnostics({ uri: pathToFileURL(config.configFile).href, diagnostics });
  };

  const revalidateAll = (): void => {
    for (const document of documents.all()) void validate(document);
  };

  // Fired on open as well as on every change: one lint per version (onDidOpen would lint twice).
  documents.onDidChangeContent((event) => {
    // A CustomResourceDefinition open in the editor defines how the other open files' custom resources are checked.
    if (isCrd(event.document)) revalidateAll();
    else void validate(event.document);
  });
  documents.onDidClose((event) => {
    service.close(event.document.uri);
    published.delete(event.document.uri);
    bases.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    if (isCrd(event.document)) revalidateAll();
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { podlint?: ClientSettings } | undefined)?.podlint;
    if (settings) globalSettings = settings;
    settingsByUri.clear();
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    configs.invalidate();
    revalidateAll();
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const config = await configFor(document);
    return service.codeActions(
      document.uri,
      document.getText(),
      params.context.diagnostics,
      params.context.only,
      config.options,
    );
  });
  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const config = await configFor(document);
    return (
      service.hover(document.getText(), params.position, published.get(document.uri) ?? [], config.options) ?? null
    );
  });
  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const config = await configFor(document);
    return service.completion(document.getText(), params.position, config.options);
  });
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.symbols(document.uri, document.getText()) : [];
  });
  connection.onExecuteCommand(async (params) => {
    const url = params.arguments?.[0];
    if (params.command === SHOW_DOCUMENTATION_COMMAND && typeof url === 'string')
      await connection.window.showDocument({ uri: url, external: true });
  });

  documents.listen(connection);
  connection.listen();
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
