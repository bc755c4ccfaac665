import { FAILSAFE_SCHEMA, loadAll, Type, type LoadOptions } from 'js-yaml';
import type { Node, ScalarTag } from 'yaml';
import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import type { LoadedDocument, LoadedFile, ManifestLoader } from './document.js';
import { readJsonStream } from './json-fast.js';
import { keyCount } from './value-walk.js';
import { startsJsonStream } from './json-stream.js';
import { invalidCharacterOffsets } from './scan.js';
import { DOCUMENT_NODE_LIMIT, NESTING_LIMIT, REPARSED_TREE_CACHE_SIZE } from './limits.js';
import { nestingDepth } from './document-checks.js';
import { BlockOutline } from './block-outline.js';
import { YamlLoadedDocument } from './loaded-document.js';
import { LineIndex } from './positions.js';
import { firstLine, ReparseCache, type DocumentSlice } from './syntax-tree.js';
import { YamlManifestLoader } from './yaml-loader.js';
import { YAML_11_OPTIONS } from './yaml-options.js';
import { sharedYaml11Scalars, type Yaml11Scalars } from './yaml11-scalars.js';
import { LEFT_TO_PRECISE, readBlockDocument } from './block-reader.js';
import { endsWithLineBreak, hasEscapedBreakBeforeBlank } from './go-yaml-scalars.js';

export { implicitScalarTags } from './yaml11-scalars.js';

/**
 * What the fast path leaves to the positioned parser, because js-yaml and kubectl's reading
 * (mirrored by `YamlManifestLoader`) could differ there, or because the positioned parser reports
 * a problem there: templates, document end markers and directives, a `---` line with more on it
 * than a comment, explicit keys and the tags js-yaml resolves (`!!str`, `!!seq`, `!!map`, `!<…>`
 * and `!`; it refuses every other tag) where a node can start (`NODE_PROPERTY`), collection keys,
 * merge keys (a `<<` before a colon: elsewhere, as in a scalar's `<<.Series>>`, both paths read the
 * same string), surrogate and 32-bit escapes, a BOM, YAML 1.1's extra line breaks and lone carriage
 * returns (and, tested apart, tabs in indentation). A false alarm costs only speed; a miss could
 * change a finding, so the patterns are broad.
 */
const PRECISE_ONLY =
  /\{\{|\{%|^(?:\.\.\.|%|---(?![ \t]*(?:\r?\n|$)|[ \t]+#))|[\]}][ \t]*:(?:[\s,\]}]|$)|<<[ \t]*:|\\u[dD][89abAB]|\\U|[\x85\u2028\u2029\ufeff]|\r(?!\n)/m;
/**
 * A tag or an explicit key where a node can start (after indentation, `- `, `:`, a flow indicator
 * or an anchor). The costliest pattern, and only files with a `!` or `?` need it: most have neither.
 * The block reader gives up on every node property, so only a text with a document it left to
 * js-yaml is searched (`nodeProperties`): a `? ` or `!!` in a block scalar's script costs nothing.
 */
const NODE_PROPERTY =
  /(?:^[ \t]*(?:-[ \t]+)*|[[{,:][ \t]*|&\S+[ \t]+)(?:!(?:!(?:str|seq|map)\b|<|[ \t\r\n]|$)|\?(?:[ \t\r\n]|$))/m;
/**
 * Anchors and aliases where a node can start, with their names. Either alone reads the same in both
 * parsers (js-yaml refuses an alias to no anchor), so only aliases that name an anchor count: `&&` in
 * a CEL rule and `**bold**` in a description are no such pair.
 */
const ANCHOR = /(?:^[ \t]*(?:-[ \t]+)*|[[{,:?][ \t]*)&([^\s,[\]{}]+)/gm;
const ALIAS = /(?:^[ \t]*(?:-[ \t]+)*|[[{,:?][ \t]*)\*([^\s,[\]{}]+)/gm;
/**
 * A tab in a line's indentation or after a block indicator, where go-yaml refuses most (see
 * `refusedTab`) and js-yaml reads white space, a blank line or content. Rare in manifests.
 */
const TAB_IN_INDENTATION = /^[ ?:-]*\t/m;
/**
 * What js-yaml reads where go-yaml refuses: the escapes `\/` and `\'` (see `SIMPLE_ESCAPES`) and a
 * plain scalar starting with `:` after `[`, `{`, `,`, `:` or an anchor (or on a line's start: it
 * may be in a flow collection). The block reader gives up on both itself, so only the documents it leaves to
 * js-yaml are searched: IPv6 addresses (`fd00::/8`) and `\/` in regular expressions are common in
 * plain and single-quoted scalars, where both parsers read them alike.
 */
const JS_YAML_READS_OTHERWISE = /\\[/']|(?:^|[[{,:]|&[^\s,[\]{}]+)[ \t]*:(?![\s,\]}])/m;
/** A character other than printable ASCII, tab and line breaks: only then can one be invalid. */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;
/** A character other than printable ASCII and line feeds: most files have none, and one scan tells. */
const NOT_SIMPLE = /[^\n\x20-\x7e]/;
/** What js-yaml refuses in a scalar as non-printable (its `PATTERN_NON_PRINTABLE`). */
const JS_YAML_NON_PRINTABLE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** Where kubectl (and YAML) starts a new document when no directive or `...` is involved. */
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;
/** Content other than blank lines and comments: a stream of comments alone has no document. */
const CONTENT = /^[ \t]*[^\s#]/m;
/**
 * js-yaml counts every node on the way down; a document deeper than this goes to the positioned
 * parser, which applies podlint's nesting limit and reports it.
 */
const FAST_DEPTH_LIMIT = 128;

/**
 * js-yaml's schema for the fast path: one implicit type that reads plain scalars as
 * `Yaml11Scalars` does, so a plain string costs one look-up, not ten tests.
 */
function yaml11Schema(scalars: Yaml11Scalars): ReturnType<typeof FAILSAFE_SCHEMA.extend> {
  let matched: ScalarTag | undefined;
  // A private tag name: an explicit `!!int` must never reach this (tags take the positioned path).
  const implicit = new Type('tag:podlint.dev,2026:implicit', {
    kind: 'scalar',
    // js-yaml constructs right after a resolve that matched, so the tag found is kept for it.
    resolve: (data: unknown) => {
      matched = typeof data === 'string' ? scalars.match(data) : undefined;
      return matched !== undefined;
    },
    construct: (data: string) => scalars.construct(matched, data),
  });
  return FAILSAFE_SCHEMA.extend({ implicit: [implicit] });
}

let schema: ReturnType<typeof yaml11Schema> | undefined;

/**
 * The fast load path: plain values from js-yaml, read with `YamlManifestLoader`'s YAML 1.1 scalar
 * rules, and a document's positioned syntax tree parsed only when a finding first needs a position
 * (most documents have none). Whatever the fast path does not read exactly as the positioned
 * parser does (see `PRECISE_ONLY`), whatever js-yaml refuses (syntax errors, duplicate keys, unknown
 * aliases) and whatever comes near a limit goes to `YamlManifestLoader`, which reports it with
 * positions; both paths give the same documents, values and findings (`fast-loader.test.ts`).
 * A JSON stream's values come from `JSON.parse` where it reads them as the positioned parser does
 * (`readJsonStream`), each positioned by its syntax tree alone when asked.
 */
export class FastManifestLoader implements ManifestLoader {
  constructor(private readonly precise: YamlManifestLoader = new YamlManifestLoader()) {}

  load(file: string, text: string): LoadedFile {
    return this.readFast(file, text) ?? this.precise.load(file, text);
  }

  /** The file read by the fast path, or undefined when it leaves the file to the positioned parser. */
  readFast(file: string, text: string): LoadedFile | undefined {
    // kubectl reads a stream that starts with `{` as JSON values (see json-stream.ts), not as YAML.
    const json = startsJsonStream(text);
    const values: FastValue[] | undefined = json ? readJsonStream(text) : yamlValues(text);
    if (!values) return undefined;
    const lines = new Lazy(() => new LineIndex(text));
    // Trees are parsed again when a position needs one, the most recent kept: memory stays a bounded
    // multiple of the values whatever the file's size, and a document is positioned all at once anyway.
    const trees = new Lazy(() => new ReparseCache(text, YAML_11_OPTIONS, REPARSED_TREE_CACHE_SIZE));
    const whole = new Lazy(() => this.precise.load(file, text));
    const documents = values.map(
      ({ value, keysAsWritten, outlined, start, end }, index) =>
        new FastLoadedDocument(
          index,
          value,
          text,
          keysAsWritten,
          // The outline reads block YAML without anchors: JSON values and aliased documents are
          // positioned by their syntax tree.
          () => (outlined === true ? BlockOutline.of(lines.get(), start, end, value) : undefined),
          () => {
            const slice: DocumentSlice = { start, end, contentStart: undefined, patches: [] };
            const tree = trees.get().tree(index, slice);
            // A slice with syntax errors is one the positioned loader reads with repairs (quoted scalars with
            // unindented lines, which go-yaml and js-yaml accept): its positions come from the whole file.
            if (!tree || tree.doc.errors.length > 0)
              return whole.get().documents[index] ?? unpositioned(index, value, lines.get(), start);
            const contents = tree.doc.contents as Node | null;
            const [from, to] = contents?.range ?? tree.doc.range;
            const range = firstLine(lines.get(), from + tree.shift, to + tree.shift);
            const source = { kind: 'reparse', cache: trees.get(), slice } as const;
            return new YamlLoadedDocument(index, value, false, range, lines.get(), source, [start, end]);
          },
        ),
    );
    const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
    return { file, text, eol, documents, problems: [] };
  }
}

/** The documents of a YAML stream, or undefined when the fast path leaves it to the positioned parser. */
function yamlValues(text: string): FastValue[] | undefined {
  const simple = !NOT_SIMPLE.test(text);
  return leftToPrecise(text, simple) ? undefined : fastValues(text, simple);
}

/** Whether the text holds something the fast path leaves to the positioned parser (see `PRECISE_ONLY`). */
function leftToPrecise(text: string, simple: boolean): boolean {
  if (PRECISE_ONLY.test(text)) return true;
  if (!simple && TAB_IN_INDENTATION.test(text)) return true;
  return !simple && NOT_PLAIN_ASCII.test(text) && invalidCharacterOffsets(text, 1).length > 0;
}

/**
 * Aliases that name an anchor which a text may hold and still take the fast path. js-yaml resolves an
 * alias as eemeli/yaml's `toJS` does, to the anchored value itself (shared, not copied); what only
 * the positioned loader reports is expansion past its limits (`ALIAS_EXPANSION_LIMIT`, and eemeli/
 * yaml's uses of an anchor times the aliases nested in it), an alias inside its own anchor and
 * nesting past `NESTING_LIMIT` once expanded. With this few aliases the counts stay far below the
 * limits (at most 3^4 = 81 for nested aliases, against 1,000); cycles and depth are checked on the value.
 */
const FAST_ALIAS_LIMIT = 12;

/**
 * The node properties of a text that js-yaml and kubectl may read differently: a tag or an explicit
 * key where a node can start (`NODE_PROPERTY`) or too many aliases send it to the positioned parser
 * ('refused'); a few aliases that name anchors are read by js-yaml, positioned by the syntax tree.
 */
function nodeProperties(text: string): 'none' | 'aliases' | 'refused' {
  if ((text.includes('!') || text.includes('?')) && NODE_PROPERTY.test(text)) return 'refused';
  if (!text.includes('&') || !text.includes('*')) return 'none';
  const aliases = aliasesOfAnchors(text);
  return aliases === 0 ? 'none' : aliases <= FAST_ALIAS_LIMIT ? 'aliases' : 'refused';
}

/**
 * How many aliases name an anchor of the text. The names are cut where js-yaml's are (at white
 * space or a flow indicator) or sooner (at other Unicode spaces), so names js-yaml links are linked here.
 */
function aliasesOfAnchors(text: string): number {
  const anchors = new Set<string>();
  for (const match of text.matchAll(ANCHOR)) anchors.add(match[1] ?? '');
  if (anchors.size === 0) return 0;
  let aliases = 0;
  for (const match of text.matchAll(ALIAS)) if (anchors.has(match[1] ?? '')) aliases++;
  return aliases;
}

/**
 * A document read by js-yaml, positioned on demand: by its block outline where that can tell, else
 * by parsing its part of the text alone.
 */
class FastLoadedDocument implements LoadedDocument {
  readonly broken = false;
  private positionedDocument: LoadedDocument | undefined;
  /** null once the document turned out not to be plain block YAML. */
  private outlineOrNull: BlockOutline | null | undefined;

  constructor(
    readonly index: number,
    readonly value: unknown,
    readonly text: string,
    readonly keysAsWritten: boolean | undefined,
    private readonly outlineOf: () => BlockOutline | undefined,
    private readonly position: () => LoadedDocument,
  ) {}

  get range(): SourceRange {
    return this.outline()?.range ?? this.positioned().range;
  }

  locate(path: FieldPath): SourceRange {
    return this.outline()?.locate(path) ?? this.positioned().locate(path);
  }

  locateValue(path: FieldPath): SourceRange | undefined {
    const outlined = this.outline()?.locateValue(path);
    if (outlined !== undefined) return outlined ?? undefined;
    return this.positioned().locateValue(path);
  }

  /** The outline, until the syntax tree was needed once: then the tree answers every position, as cheaply. */
  private outline(): BlockOutline | undefined {
    if (this.positionedDocument) return undefined;
    if (this.outlineOrNull === undefined) this.outlineOrNull = this.outlineOf() ?? null;
    return this.outlineOrNull ?? undefined;
  }

  private positioned(): LoadedDocument {
    this.positionedDocument ??= this.position();
    return this.positionedDocument;
  }
}

/** A document with no syntax tree: every finding sits on its first line. */
function unpositioned(index: number, value: unknown, lines: LineIndex, start: number): LoadedDocument {
  return new YamlLoadedDocument(index, value, false, firstLine(lines, start, start + 1), lines, { kind: 'none' }, [
    start,
    start + 1,
  ]);
}

class Lazy<T> {
  private value: { ready: true; value: T } | { ready: false } = { ready: false };
  constructor(private readonly make: () => T) {}
  get(): T {
    if (!this.value.ready) this.value = { ready: true, value: this.make() };
    return this.value.value;
  }
}

/** A document's value as the fast path read it, where it is in the text, and what it knows of its keys. */
interface FastValue {
  value: unknown;
  keysAsWritten?: boolean | undefined;
  /** Whether the block outline may answer: not for JSON (`JsonValue`), nor where anchors and aliases are. */
  outlined?: boolean;
  start: number;
  end: number;
}

/**
 * The documents of a text (`documentSlices`), each read by the block reader or, where it gives up,
 * by js-yaml; undefined when js-yaml refuses one or a document holds something the fast path
 * leaves to the positioned parser.
 */
function fastValues(text: string, simple: boolean): FastValue[] | undefined {
  const scalars = sharedYaml11Scalars();
  const handWritten = simple || blockReaderMayRead(text);
  const documents: FastValue[] = [];
  let properties: ReturnType<typeof nodeProperties> | undefined;
  for (const [start, end] of documentSlices(text)) {
    const byHand = handWritten ? readBlockDocument(text, start, end, scalars, DOCUMENT_NODE_LIMIT / 2) : undefined;
    if (byHand === LEFT_TO_PRECISE) return undefined;
    if (byHand) {
      documents.push({ value: byHand.value, keysAsWritten: byHand.keysAsWritten, outlined: true, start, end });
      continue;
    }
    // The block reader gives up at every node property: only now can the text hold one that matters.
    properties ??= nodeProperties(text);
    if (properties === 'refused') return undefined;
    const read = jsYamlAsGoYaml(text.slice(start, end), properties === 'aliases');
    if (!read) return undefined;
    // js-yaml's documents are not tracked: their keys are looked at in the text when asked.
    documents.push({ value: read.value, keysAsWritten: undefined, outlined: properties === 'none', start, end });
  }
  return documents;
}

/**
 * Where the text's documents are, cut at its `---` lines (exact once `PRECISE_ONLY` has excluded
 * directives and `...`); before the first `---`, only content makes a document.
 */
export function documentSlices(text: string): Array<[number, number]> {
  const starts: number[] = [];
  DOCUMENT_START.lastIndex = 0;
  for (let match = DOCUMENT_START.exec(text); match; match = DOCUMENT_START.exec(text)) starts.push(match.index);
  const first = starts[0] ?? text.length;
  const slices: Array<[number, number]> = first > 0 && CONTENT.test(text.slice(0, first)) ? [[0, first]] : [];
  for (let i = 0; i < starts.length; i++) slices.push([starts[i] ?? 0, starts[i + 1] ?? text.length]);
  return slices;
}

/**
 * Whether the block reader can read the text's documents as js-yaml would: it leaves tabs and
 * carriage returns to js-yaml, and js-yaml refuses non-printable characters in scalars.
 */
export function blockReaderMayRead(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return false;
  // js-yaml drops a byte order mark at the start of its input (kubectl and the positioned path differ: see `PRECISE_ONLY`).
  return !NOT_PLAIN_ASCII.test(text) || (!JS_YAML_NON_PRINTABLE.test(text) && !text.includes('\ufeff'));
}

/**
 * One document read by js-yaml, or undefined when js-yaml might read a scalar of it differently from
 * go-yaml (`mayReadDifferently`: a block scalar at the end of a text without a final line break, blank
 * lines after an escaped line break; js-yaml reads indentation indicators as go-yaml does).
 */
function jsYamlAsGoYaml(source: string, aliased: boolean): { value: unknown } | undefined {
  if (hasEscapedBreakBeforeBlank(source) || JS_YAML_READS_OTHERWISE.test(source)) return undefined;
  if (!endsWithLineBreak(source) && (source.includes('|') || source.includes('>'))) return undefined;
  return jsYaml(source, aliased);
}

/**
 * One document read by js-yaml, or undefined when js-yaml refuses it or `plainEnough` does. Where
 * the text has aliases (`aliased`), they can nest the value deeper than it is written, or into
 * itself: measured first, once per object (a cycle counts as endless), before `plainEnough` counts
 * every path through them.
 */
export function jsYaml(source: string, aliased = false): { value: unknown } | undefined {
  schema ??= yaml11Schema(sharedYaml11Scalars());
  const options: LoadOptions & { maxDepth: number } = { schema, maxDepth: FAST_DEPTH_LIMIT };
  let read: unknown[];
  try {
    read = loadAll(source, null, options);
  } catch {
    return undefined;
  }
  if (read.length !== 1 || (aliased && nestingDepth(read[0]) > NESTING_LIMIT)) return undefined;
  return plainEnough(read[0]) ? { value: read[0] } : undefined;
}

/**
 * Checks what js-yaml builds differently from eemeli/yaml's `toJS`: a plain `null` key (js-yaml
 * writes "null", eemeli/yaml "") and documents near the node limit, which the positioned parser
 * measures and refuses.
 */
function plainEnough(root: unknown): boolean {
  // js-yaml writes a key with nothing before its `:` as "": the positioned parser tells it from `"":`.
  return keyCount(root, DOCUMENT_NODE_LIMIT / 2, (key) => key === 'null' || key === '') !== undefined;
}
