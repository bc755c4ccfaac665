import { fixText, ruleDocsUrl, type LintOptions } from '@podlint/core';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { DiagnosticData } from './diagnostics.js';

export const FIX_ALL_KIND = 'source.fixAll.podlint';
export const SHOW_DOCUMENTATION_COMMAND = 'podlint.showDocumentation';

/**
 * The actions for the diagnostics under the cursor: the quick fix, the two suppressions, the
 * rule's page. JSON has no comments, so it gets no suppression actions.
 */
export function codeActionsFor(
  uri: string,
  text: string,
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string): boolean =>
    !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const lines = text.split('\n');
  const yaml = !/^\s*[[{]/.test(text);
  for (const diagnostic of diagnostics) {
    const data = dataOf(diagnostic);
    if (!data) continue;
    if (data.fix && wants('quickfix')) {
      // A finding has at most one fix, and rules only offer fixes that are safe: it is the preferred action.
      actions.push({
        title: data.fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: data.fix.edits } },
      });
    }
    if (yaml && wants('quickfix')) {
      actions.push({
        title: `Disable ${data.ruleId} for this line`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [disableNextLine(lines, diagnostic.range.start.line, data.ruleId)] } },
      });
      actions.push({
        title: `Disable ${data.ruleId} for this file`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [disableFile(data.ruleId)] } },
      });
    }
    if (wants('quickfix')) {
      actions.push({
        title: `Show documentation for ${data.ruleId}`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: {
          title: `Show documentation for ${data.ruleId}`,
          command: SHOW_DOCUMENTATION_COMMAND,
          arguments: [ruleDocsUrl(data.ruleId)],
        },
      });
    }
  }
  return actions;
}

/** `source.fixAll.podlint`: every safe fix of the file as one edit, so that "fix on save" works. */
export function fixAllAction(uri: string, text: string, options: LintOptions): CodeAction | undefined {
  const { text: fixed, fixed: count } = fixText({ file: uri, text }, options);
  if (count === 0 || fixed === text) return undefined;
  return {
    title: `Fix all podlint problems (${count})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: [replaceAll(text, fixed)] } },
  };
}

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== 'podlint') return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return typeof data?.ruleId === 'string' ? (data as DiagnosticData) : undefined;
}

/** `# podlint-disable-next-line rule` above the line, indented as the line is. */
function disableNextLine(lines: readonly string[], line: number, ruleId: string): TextEdit {
  const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# podlint-disable-next-line ${ruleId}\n`,
  };
}

/** `# podlint-disable rule` on the first line, which covers the whole file. */
function disableFile(ruleId: string): TextEdit {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    newText: `# podlint-disable ${ruleId}\n`,
  };
}

/** The smallest single edit that turns `before` into `after`: the differing middle. */
function replaceAll(before: string, after: string): TextEdit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const position = (offset: number): { line: number; character: number } => {
    const upTo = before.slice(0, offset);
    const line = upTo.split('\n').length - 1;
    return { line, character: offset - (upTo.lastIndexOf('\n') + 1) };
  };
  return {
    range: { start: position(head), end: position(before.length - tail) },
    newText: after.slice(head, after.length - tail),
  };
}
