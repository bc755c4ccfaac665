import { Composer, Parser, type CST, type Node } from 'yaml';
import { readDocument, refoldPatchedScalars, type DocumentInfo } from './document-reading.js';
import type { LoadedDocument, LoadedFile, LoadProblem, ManifestLoader } from './document.js';
import { splitJsonStream, startsJsonStream, withoutTrailingCommas } from './json-stream.js';
import {
  DOCUMENT_NODE_LIMIT,
  INVALID_CHARACTER_REPORT_LIMIT,
  KEEP_SYNTAX_TREES_UP_TO,
  NESTING_LIMIT,
  REPARSED_TREE_CACHE_SIZE,
} from './limits.js';
import { YamlLoadedDocument, type TreeSource } from './loaded-document.js';
import { LineIndex, PartPositions, type TextPositions } from './positions.js';
import { maskDocuments, refusedDocuments, type RefusedDocument } from './prescan.js';
import { carriageReturnsOnly, firstDocumentOnly } from './carriage-returns.js';
import {
  directiveProblem,
  invalidCharacterProblem,
  jsonProblem,
  nestingProblem,
  separatorProblem,
  syntaxMessage,
  templateProblem,
} from './problems.js';
import { invalidCharacterOffsets, scanDocument } from './scan.js';
import { applyPatches, unindentedPatches } from './unindented-patches.js';
import { escapeHints } from './escapes.js';
import { mayReadDifferently } from './go-yaml-scalars.js';
import { firstLine, ReparseCache, type DocumentSlice, type YamlDocument } from './syntax-tree.js';
import { YAML_11_OPTIONS, YAML_12_OPTIONS, type ParseOptions } from './yaml-options.js';
import { separatorLine } from './text-cursor.js';

/** What reading one part (the whole YAML stream, or one JSON value) gives. */
interface PartResult {
  documents: YamlLoadedDocument[];
  problems: LoadProblem[];
  template: { at: number; index: number } | undefined;
  cutShort: number[];
  /** Document spans (offsets in the part) that came out broken, to judge patches by. */
  brokenSpans: Array<[number, number]>;
}

/** What the parts of one file share. */
interface FileContext {
  readonly lines: LineIndex;
  readonly invalidCharacters: readonly number[];
  readonly reparse: ReparseCache | undefined;
  /** Whether its parts are the values of a JSON stream (kubectl reads them as JSON, not YAML). */
  readonly json: boolean;
}

/**
 * The positioned parser: eemeli/yaml's Document API read with YAML 1.1 rules, as kubectl reads
 * manifests. podlint's own config is read as YAML 1.2, where `off` is a string, not `false`.
 * It never throws: whatever the text, the result is documents and problems with positions.
 */
export class YamlManifestLoader implements ManifestLoader {
  private readonly options: ParseOptions;

  constructor(
    yamlVersion: '1.1' | '1.2' = '1.1',
    private readonly keepSyntaxTreesUpTo: number = KEEP_SYNTAX_TREES_UP_TO,
  ) {
    this.options = yamlVersion === '1.1' ? YAML_11_OPTIONS : YAML_12_OPTIONS;
  }

  load(file: string, text: string): LoadedFile {
    // Carriage returns alone break lines for go-yaml (and editors); the same length keeps every offset.
    const crOnly = carriageReturnsOnly(text);
    const lines = new LineIndex(crOnly ? text.replace(/\r/g, '\n') : text);
    const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
    try {
      const read = this.read(file, lines.text, lines);
      return { file, text, eol, ...(crOnly && !startsJsonStream(text) ? firstDocumentOnly(read, lines) : read) };
    } catch (error) {
      const range = lines.range(0, 0);
      const problem: LoadProblem =
        error instanceof RangeError
          ? nestingProblem(range, undefined)
          : {
              ruleId: 'yaml/syntax',
              message: `podlint could not read this file (${error instanceof Error ? error.message : String(error)}); this is a podlint bug, please report it`,
              range,
            };
      return { file, text, eol, documents: [], problems: [problem] };
    }
  }

  private read(file: string, text: string, lines: LineIndex): Pick<LoadedFile, 'documents' | 'problems'> {
    const reparse =
      text.length > this.keepSyntaxTreesUpTo
        ? new ReparseCache(text, this.options, REPARSED_TREE_CACHE_SIZE)
        : undefined;
    const documents: LoadedDocument[] = [];
    const problems: LoadProblem[] = [];
    let template: PartResult['template'];
    const collect = (part: PartResult): void => {
      // One by one: spreading 200,000 documents (a separator storm) into push() would overflow the stack.
      for (const document of part.documents) documents.push(document);
      for (const problem of part.problems) problems.push(problem);
      if (part.template && (!template || part.template.at < template.at)) template = part.template;
    };
    if (startsJsonStream(text)) {
      // Strict JSON refuses raw control characters in strings itself, so only YAML is checked for them.
      const context: FileContext = { lines, invalidCharacters: [], reparse, json: true };
      const stream = splitJsonStream(text);
      for (const value of stream.values) collect(this.readPart(context, value.start, value.end, documents.length));
      const fallback = stream.error && this.readJsonFallback(lines, reparse, stream, documents.length);
      if (fallback) collect(fallback);
      else if (stream.error)
        problems.push(jsonProblem(lines, stream.error.offset, stream.error.message, !/\.json$/i.test(file)));
    } else {
      const context: FileContext = {
        lines,
        invalidCharacters: invalidCharacterOffsets(text, INVALID_CHARACTER_REPORT_LIMIT),
        reparse,
        json: false,
      };
      collect(this.readPart(context, 0, text.length, 0));
      const separator = badSeparator(text);
      if (separator) problems.push(separatorProblem(lines, separator.offset, separator.rest));
    }
    // One finding for a template instead of a cascade: templated documents report nothing else.
    if (template) problems.push(templateProblem(lines, template.at, template.index));
    return { documents, problems: problems.sort((a, b) => a.range.start.offset - b.range.start.offset) };
  }

  /**
   * kubectl's decoder reads the rest of a JSON stream as YAML when strict JSON fails before a second
   * value was read, so `{"a": 1,}` (a trailing comma) is accepted. Undefined when YAML cannot read
   * it either: kubectl then reports the JSON error.
   */
  private readJsonFallback(
    lines: LineIndex,
    reparse: ReparseCache | undefined,
    stream: ReturnType<typeof splitJsonStream>,
    firstIndex: number,
  ): PartResult | undefined {
    if (stream.values.length > 1) return undefined;
    const from = stream.values[0]?.end ?? 0;
    const rest = lines.text.slice(from);
    // Only trailing commas: where go-yaml and eemeli/yaml read other broken JSON differently, kubectl's error stands.
    if (splitJsonStream(withoutTrailingCommas(rest)).error) return undefined;
    const context: FileContext = {
      lines,
      invalidCharacters: invalidCharacterOffsets(rest, INVALID_CHARACTER_REPORT_LIMIT).map((offset) => offset + from),
      reparse,
      json: false,
    };
    const part = this.readPart(context, from, lines.text.length, firstIndex);
    const clean = part.problems.length === 0 && !part.template && part.documents.every((document) => !document.broken);
    return clean && badSeparator(rest) === undefined ? part : undefined;
  }

  /**
   * Reads the text between base and end. Quoted scalars and flow collections that eemeli/yaml cuts
   * short at an unindent, but go-yaml reads on to their closing quote or bracket, are read again as
   * go-yaml does; a patch that does not give a clean document is dropped, so its document keeps
   * eemeli/yaml's error.
   */
  private readPart(context: FileContext, base: number, end: number, firstIndex: number): PartResult {
    const text = context.lines.text.slice(base, end);
    const refused = refusedDocuments(text, DOCUMENT_NODE_LIMIT, NESTING_LIMIT);
    const original = refused.length > 0 ? maskDocuments(text, refused) : text;
    const first = this.readStream(context, base, original, [], firstIndex, refused);
    let patches = unindentedPatches(original, first.cutShort);
    // A patch can let the lexer reach a later scalar that needs one too; each round adds those.
    for (let round = 0; round < 8 && patches.length > 0; round++) {
      const patched = this.readStream(context, base, original, patches, firstIndex, refused);
      const fresh = unindentedPatches(original, patched.cutShort).filter(
        ([start]) => !patches.some(([known]) => known === start),
      );
      if (fresh.length > 0) {
        patches = [...patches, ...fresh];
        continue;
      }
      const failing = patches.filter(([start]) =>
        patched.brokenSpans.some(([from, to]) => start >= from && start < to),
      );
      if (failing.length === 0) return patched;
      patches = patches.filter((patch) => !failing.includes(patch));
    }
    return first;
  }

  private readStream(
    context: FileContext,
    base: number,
    original: string,
    patches: ReadonlyArray<readonly [number, number]>,
    firstIndex: number,
    refused: readonly RefusedDocument[],
  ): PartResult {
    const text = patches.length > 0 ? applyPatches(original, patches) : original;
    const positions: TextPositions =
      base === 0 && patches.length === 0 && original.length === context.lines.text.length
        ? context.lines
        : new PartPositions(context.lines, base, text);
    const result: PartResult = {
      documents: [],
      problems: [],
      template: undefined,
      cutShort: [],
      brokenSpans: [],
    };
    const pending: DocumentInfo[] = [];
    let open: DocumentInfo | undefined;
    let docEndAt: number | undefined;
    const mayMerge = text.includes('<<');
    // kubectl reads a JSON stream as JSON, where `\/` is an escape, `\'` is none and a surrogate
    // pair of `\u` escapes is one character (a lone surrogate is U+FFFD: `withLoneSurrogatesReplaced`).
    const escapes = context.json ? { unicode: false, slash: false, quote: false } : escapeHints(text);
    const differs = mayReadDifferently(text);
    const mayHoldTabs = text.includes('\t');

    const finish = (doc: YamlDocument): void => {
      const info = pending.shift();
      if (info) this.finishDocument(context, result, doc, info, positions, base, { original, patches });
    };
    const composer = new Composer(this.options);
    for (const token of new Parser().parse(text)) {
      let composed: CST.Token = token;
      if (token.type === 'document' || token.type === 'directive') {
        if (open) open.end = token.offset;
        open = undefined;
      }
      if (token.type === 'doc-end') docEndAt = token.offset;
      // kubectl refuses every directive it reads (see `directiveProblem`); after `...` go-yaml stops before it.
      if (token.type === 'directive' && docEndAt === undefined)
        result.problems.push(directiveProblem(positions, token.offset, token.source));
      if (token.type === 'document') {
        const startsWithMarker = token.start.some((part) => part.type === 'doc-start');
        const info: DocumentInfo = {
          index: firstIndex + result.documents.length + pending.length,
          start: token.offset,
          end: text.length,
          scan: scanDocument(token, text, NESTING_LIMIT),
          skippedAfter: docEndAt !== undefined && !startsWithMarker ? docEndAt : undefined,
          mayMerge,
          escapes,
          json: context.json,
          mayReadDifferently: differs,
          // Before the first document's content, the stream's own lines belong to no document.
          original,
          tabsFrom: mayHoldTabs ? (result.documents.length + pending.length === 0 ? 0 : token.offset) : undefined,
        };
        docEndAt = undefined;
        // A document the pre-scan refused was masked to `~`: it is refused where it passed the limit.
        const refusal = refused.find((document) => document.contentStart === token.value?.offset)?.refusal;
        if (refusal && 'tooDeepAt' in refusal) info.scan.tooDeepAt = refusal.tooDeepAt;
        else if (refusal) info.scan.tooLargeAt = refusal.tooLargeAt;
        pending.push(info);
        open = info;
        if (info.scan.tooDeepAt !== undefined || info.scan.tooLargeAt !== undefined || info.skippedAfter !== undefined)
          composed = withoutContent(token);
      }
      for (const doc of composer.next(composed)) finish(doc as YamlDocument);
    }
    for (const doc of composer.end()) finish(doc as YamlDocument);
    for (const error of composer.streamInfo().errors) {
      result.problems.push({
        ruleId: 'yaml/syntax',
        message: syntaxMessage(error.message),
        range: positions.range(error.pos[0], error.pos[1]),
      });
    }
    for (const offset of context.invalidCharacters) {
      const relative = offset - base;
      if (relative < 0 || relative >= text.length) continue;
      if (!result.documents.some((document) => document.covers(offset)))
        result.problems.push(invalidCharacterProblem(positions, relative, undefined));
    }
    return result;
  }

  private finishDocument(
    context: FileContext,
    result: PartResult,
    doc: YamlDocument,
    info: DocumentInfo,
    positions: TextPositions,
    base: number,
    source: { original: string; patches: ReadonlyArray<readonly [number, number]> },
  ): void {
    const { scan } = info;
    if (scan.templateAt !== undefined && (!result.template || base + scan.templateAt < result.template.at)) {
      result.template = { at: base + scan.templateAt, index: info.index };
    }
    result.cutShort.push(...scan.cutShort);
    const patches = source.patches.filter(([start]) => start >= info.start && start < info.end);
    if (patches.length > 0) refoldPatchedScalars(doc, source.original, patches, this.options);
    const characters = context.invalidCharacters
      .map((offset) => offset - base)
      .filter((offset) => offset >= info.start && offset < info.end);
    const { value, problems } = readDocument(doc, info, characters, positions);
    for (const problem of problems) result.problems.push(problem);
    const broken = problems.length > 0 || scan.templateAt !== undefined;
    if (broken) result.brokenSpans.push([info.start, info.end]);
    const contents = doc.contents as Node | null;
    const slice: DocumentSlice = {
      start: base + info.start,
      end: base + info.end,
      contentStart: contents?.range ? base + contents.range[0] : undefined,
      patches: patches.map(([start, end]) => [base + start, base + end] as const),
    };
    // A document composed without its content (too deep, or skipped by kubectl) has no tree to search.
    const withoutTree =
      scan.tooDeepAt !== undefined || scan.tooLargeAt !== undefined || info.skippedAfter !== undefined;
    const tree: TreeSource = withoutTree
      ? { kind: 'none' }
      : context.reparse
        ? { kind: 'reparse', cache: context.reparse, slice }
        : { kind: 'kept', tree: { doc, shift: base } };
    const range = withoutTree
      ? firstLine(positions, info.start, info.end)
      : firstLine(positions, contents?.range?.[0] ?? doc.range[0], contents?.range?.[1] ?? doc.range[1]);
    result.documents.push(
      new YamlLoadedDocument(info.index, broken ? null : value, broken, range, context.lines, tree, [
        base + info.start,
        base + info.end,
      ]),
    );
  }
}

/** The first `---` line kubectl refuses as a separator (`separatorLine`), with what follows its dashes. */
function badSeparator(text: string): { offset: number; rest: string } | undefined {
  const dashes = /^---[^\r\n]*/gm;
  for (let match = dashes.exec(text); match; match = dashes.exec(text)) {
    const line = separatorLine(match[0]);
    if (typeof line === 'object') return { offset: match.index, rest: line.rest };
  }
  return undefined;
}

/** The same document token with its content replaced by an empty scalar, so composing it is cheap. */
function withoutContent(token: CST.Document): CST.Document {
  const offset = token.value?.offset ?? token.offset;
  return {
    type: 'document',
    offset: token.offset,
    start: token.start,
    value: { type: 'scalar', offset, indent: 0, source: '' },
  };
}
