import { DEFAULT_KUBERNETES_VERSION, type LintOptions } from '@podlint/core';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, Position } from 'vscode-languageserver';
import { codeActionsFor, FIX_ALL_KIND, fixAllAction } from './service/code-actions.js';
import { completionsAt } from './service/completion.js';
import { failureDiagnostic, toDiagnostics } from './service/diagnostics.js';
import { hoverAt } from './service/hover.js';
import { IncrementalLinter } from './service/incremental.js';
import { documentSymbols } from './service/symbols.js';

/**
 * The transport-free language service: what the server answers, as functions of a document's text
 * and its lint options. The server wires LSP messages to it; tests and the benchmark call it directly.
 */
export class LanguageService {
  private readonly linters = new Map<string, IncrementalLinter>();

  /** Never throws: a document podlint cannot lint gets one diagnostic that says so. */
  diagnose(uri: string, text: string, options: LintOptions): Diagnostic[] {
    let linter = this.linters.get(uri);
    if (!linter) {
      linter = new IncrementalLinter(uri);
      this.linters.set(uri, linter);
    }
    try {
      return toDiagnostics(linter.lint(text, options), uri, text);
    } catch (error) {
      // The cached state may be what failed; the next edit starts afresh.
      this.linters.delete(uri);
      return [failureDiagnostic(error)];
    }
  }

  close(uri: string): void {
    this.linters.delete(uri);
  }

  codeActions(
    uri: string,
    text: string,
    diagnostics: readonly Diagnostic[],
    only: readonly string[] | undefined,
    options: LintOptions,
  ): CodeAction[] {
    const actions = codeActionsFor(uri, text, diagnostics, only);
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) ?? false;
    if (wantsFixAll) {
      const fixAll = fixAllAction(uri, text, options);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  hover(text: string, position: Position, diagnostics: readonly Diagnostic[], options: LintOptions): Hover | undefined {
    return hoverAt(text, position, diagnostics, options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION);
  }

  completion(text: string, position: Position, options: LintOptions): CompletionItem[] {
    return completionsAt(text, position, options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION);
  }

  symbols(uri: string, text: string): DocumentSymbol[] {
    return documentSymbols(uri, text);
  }
}

/** Whether a text looks like Kubernetes manifests at all (other YAML and JSON files get no diagnostics). */
export function looksLikeManifest(text: string): boolean {
  return /^\s*"?(apiVersion|kind)"?\s*:/m.test(text);
}

const shared = new LanguageService();
const NO_OPTIONS: LintOptions = {};

/** The diagnostics of one document with default options (the fuzz tests and the benchmark use it). */
export function diagnose(uri: string, text: string, options: LintOptions = NO_OPTIONS): Diagnostic[] {
  return shared.diagnose(uri, text, options);
}
