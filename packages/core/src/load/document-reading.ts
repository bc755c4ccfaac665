import { parseDocument, visit, type Node } from 'yaml';
import { aliasProblems, nestingDepth } from './document-checks.js';
import type { LoadProblem } from './document.js';
import { badEscapes, hasSurrogateEscape, withLoneSurrogatesReplaced, type EscapeHints } from './escapes.js';
import { acceptQuoteEscapes } from './go-yaml-quoted.js';
import { mayReadDifferently, rereadAsGoYaml } from './go-yaml-scalars.js';
import { ALIAS_EXPANSION_LIMIT, NESTING_LIMIT } from './limits.js';
import { badMergeValues, kubectlMergeOrder } from './merge-keys.js';
import type { TextPositions } from './positions.js';
import {
  aliasProblem,
  badEscapeProblem,
  conversionProblem,
  documentProblems,
  ignoredDocumentProblem,
  invalidCharacterProblem,
  mergeValueProblem,
  nestingProblem,
  refusedNodeProblem,
  sizeProblem,
  tabIndentationProblem,
} from './problems.js';
import type { DocumentScan } from './scan.js';
import { firstLine, type YamlDocument } from './syntax-tree.js';
import { refusedTab } from './tabs.js';
import type { ParseOptions } from './yaml-options.js';

/** What the pre-compose scan learnt about one document; offsets are relative to its part. */
export interface DocumentInfo {
  index: number;
  start: number;
  end: number;
  scan: DocumentScan;
  /** Where the `...` that makes kubectl skip this document is, if one does. */
  skippedAfter: number | undefined;
  /** Whether the text has a `<<` at all, so merge keys need looking at. */
  mayMerge: boolean;
  /** Which escapes go-yaml reads otherwise the text may hold (none in JSON: kubectl reads it as JSON). */
  escapes: EscapeHints;
  /** A value of a JSON stream, which kubectl reads with Go's encoding/json, not go-yaml. */
  json: boolean;
  /** Whether the text may hold scalars go-yaml reads differently (`mayReadDifferently`). */
  mayReadDifferently: boolean;
  /** Where lines to check for tabs go-yaml refuses start (before the content, for the first document); undefined when the text has no tab. */
  tabsFrom: number | undefined;
  /** The part's text as written: a patched span (`unindentedPatches`) read as one line kept its lines there. */
  original: string;
}

/**
 * One composed document's value, or the problems that stop kubectl reading it: the pre-scan's refusals,
 * then eemeli/yaml's errors, aliases, and what go-yaml refuses where eemeli/yaml reads on.
 */
export function readDocument(
  doc: YamlDocument,
  info: DocumentInfo,
  invalidCharacters: number[],
  positions: TextPositions,
): { value: unknown; problems: LoadProblem[] } {
  const { index, scan } = info;
  if (info.skippedAfter !== undefined)
    return { value: null, problems: [ignoredDocumentProblem(positions, info.start, info.skippedAfter, index)] };
  if (scan.templateAt !== undefined) return { value: null, problems: [] };
  if (scan.tooDeepAt !== undefined)
    return { value: null, problems: [nestingProblem(positions.range(scan.tooDeepAt, scan.tooDeepAt + 1), index)] };
  if (scan.tooLargeAt !== undefined)
    return { value: null, problems: [sizeProblem(positions.range(scan.tooLargeAt, scan.tooLargeAt + 1), index)] };
  const problems: LoadProblem[] = [];
  const firstInvalid = invalidCharacters[0];
  if (firstInvalid !== undefined) problems.push(invalidCharacterProblem(positions, firstInvalid, index));
  if (info.escapes.quote) acceptQuoteEscapes(doc, info.original);
  problems.push(...documentProblems(doc, index, positions));
  if (problems.length === 0)
    problems.push(...aliasProblems(doc).map((problem) => aliasProblem(positions, problem, index)));
  if (problems.length === 0) problems.push(...kubectlReadingProblems(doc, info, positions));
  if (problems.length > 0) return { value: null, problems };

  if (info.mayReadDifferently) rereadAsGoYaml(doc, positions.text);
  let value: unknown;
  try {
    value = ((info.mayMerge && kubectlMergeOrder(doc)) || doc).toJS({ maxAliasCount: ALIAS_EXPANSION_LIMIT });
  } catch (error) {
    return { value: null, problems: [conversionProblem(error, doc, index, positions)] };
  }
  if (nestingDepth(value) > NESTING_LIMIT) {
    const contents = doc.contents as Node | null;
    return {
      value: null,
      problems: [
        nestingProblem(
          firstLine(positions, contents?.range?.[0] ?? 0, contents?.range?.[1] ?? 0),
          index,
          ' once its aliases are expanded',
        ),
      ],
    };
  }
  // Go's encoding/json reads a lone surrogate escape as U+FFFD, where eemeli/yaml keeps it
  // (a JSON stream's parts hold one value each, so its own text is searched).
  const lone = info.json && hasSurrogateEscape(info.original);
  return { value: lone ? withLoneSurrogatesReplaced(value) : value, problems: [] };
}

/** What go-yaml refuses in a document that eemeli/yaml reads: surrogate escapes, merges of non-mappings, tabs where it takes none. */
function kubectlReadingProblems(doc: YamlDocument, info: DocumentInfo, positions: TextPositions): LoadProblem[] {
  const problems =
    info.escapes.unicode || info.escapes.slash
      ? badEscapes(doc, positions.text, info.escapes.slash).map((escape) =>
          badEscapeProblem(positions, escape, info.index),
        )
      : [];
  if (info.mayMerge) {
    for (const { key, value } of badMergeValues(doc))
      problems.push(mergeValueProblem(positions, key, value, info.index));
  }
  // JSON allows a line break between a key and its `:`, where YAML's flow collections refuse one
  // (the only refused node that valid JSON can hold: its keys are strings, its values start with no `:`).
  const refused = info.scan.refused;
  if (refused && !(info.json && refused.kind === 'split-key'))
    problems.push(refusedNodeProblem(positions, refused, info.index));
  const tab = info.tabsFrom === undefined ? undefined : refusedTab(doc, info.original, info.tabsFrom, info.end);
  if (tab) problems.push(tabIndentationProblem(positions, tab, info.index));
  return problems;
}

/**
 * A patched quoted scalar was read as one line, as were the scalars of a patched flow collection; the
 * value of one that spans lines is what go-yaml makes of the original lines: the same scalar with its
 * continuation lines indented, read on its own.
 */
export function refoldPatchedScalars(
  doc: YamlDocument,
  original: string,
  patches: ReadonlyArray<readonly [number, number]>,
  options: ParseOptions,
): void {
  const byStart = new Map(patches.map(([start, end]) => [start, end]));
  const flows = patches.filter(([start]) => original[start] === '[' || original[start] === '{');
  const inFlow = (at: number): boolean => flows.some(([start, end]) => at > start && at < end);
  visit(doc, {
    Scalar(_key, node) {
      if (!node.range) return;
      const [start, valueEnd] = node.range;
      const end =
        byStart.get(start) ?? (inFlow(start) && /[\r\n]/.test(original.slice(start, valueEnd)) ? valueEnd : undefined);
      if (end === undefined) return;
      const source = original.slice(start, end).replace(/\r?\n[ \t]*/g, '\n  ');
      const rereadText = `value: ${source}\n`;
      const reread = parseDocument(rereadText, options);
      if (rereadText.includes("\\'")) acceptQuoteEscapes(reread, rereadText);
      if (mayReadDifferently(rereadText)) rereadAsGoYaml(reread, rereadText);
      const value = reread.errors.length === 0 ? reread.get('value') : undefined;
      if (typeof value === 'string') node.value = value;
    },
  });
}
