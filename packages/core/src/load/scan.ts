import type { CST } from 'yaml';
import { DOCUMENT_NODE_LIMIT } from './limits.js';

/**
 * Checks that run on the concrete syntax tree, before composing: eemeli/yaml's lexer and parser
 * are iterative, but its composer recurses once per nesting level, so depth must be measured here,
 * with an explicit stack, to refuse a document before it can overflow the call stack.
 * The same walk mends the token shapes eemeli/yaml refuses where go-yaml reads on (`separateComments`).
 */
export interface DocumentScan {
  /** Offset of the first collection nested deeper than the limit, if any. */
  tooDeepAt: number | undefined;
  /** Offset of the first node past the document node limit, if the document has too many. */
  tooLargeAt: number | undefined;
  /** Offset of the first `{{` that the parser read as structure (a flow collection), if any. */
  templateAt: number | undefined;
  /** Opening quotes and brackets of quoted scalars and flow collections the lexer cut short, for `unindentedPatches`. */
  cutShort: number[];
  /** The first key or flow scalar go-yaml or kubectl refuses where eemeli/yaml reads it (`badKey`, `splitKey`, `colonScalar`), if any. */
  refused: RefusedNode | undefined;
}

/**
 * A null key (`null`, `~`, or none before a `:`), a collection as a key, a key of a flow collection
 * whose `:` is on a later line, or a plain scalar in a flow collection that starts with `:`; and
 * where it is.
 */
export interface RefusedNode {
  at: number;
  kind: 'null-key' | 'collection-key' | 'split-key' | 'colon-scalar';
}

/** The plain scalars YAML 1.1 reads as null, as a key's source (an empty key has no token). */
const NULL_SOURCE = /^(?:~|null|Null|NULL)$/;

export function scanDocument(
  document: CST.Document,
  text: string,
  nestingLimit: number,
  nodeLimit = DOCUMENT_NODE_LIMIT,
): DocumentScan {
  const scan: DocumentScan = {
    tooDeepAt: undefined,
    tooLargeAt: undefined,
    templateAt: undefined,
    cutShort: [],
    refused: undefined,
  };
  const pending: Array<{ token: CST.Token; depth: number }> = document.value
    ? [{ token: document.value, depth: 0 }]
    : [];
  let nodes = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (++nodes > nodeLimit) {
      scan.tooLargeAt = token.offset;
      break;
    }
    if (isUnterminatedQuote(token) || isCutFlow(token)) scan.cutShort.push(token.offset);
    separateComments(token);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const level = depth + 1;
    if (level > nestingLimit) {
      scan.tooDeepAt = Math.min(scan.tooDeepAt ?? token.offset, token.offset);
      continue;
    }
    if (token.type === 'flow-collection' && isTemplateMarker(text, token.offset)) {
      scan.templateAt = Math.min(scan.templateAt ?? token.offset, token.offset);
    }
    if (token.type === 'flow-collection') dropDashPhantoms(token, text);
    for (const item of token.items) {
      if (token.type === 'flow-collection') mendFlowDash(item, text);
      scan.refused ??=
        badKey(item) ?? (token.type === 'flow-collection' ? (splitKey(item) ?? colonScalar(item)) : undefined);
      if (item.key) pending.push({ token: item.key, depth: level });
      if (item.value) pending.push({ token: item.value, depth: level });
    }
  }
  return scan;
}

/**
 * go-yaml reads a `#` right after a block scalar's indicators (`|#c`, `>-#c`), a closing quote
 * (`"a"#c`) or a closing bracket (`[a]#c`) as a comment, and kubectl accepts the document; eemeli/yaml
 * refuses a comment with no white space before it. An empty space token before such a comment lets
 * it read the comment as go-yaml does, every offset kept.
 */
function separateComments(token: CST.Token): void {
  if (token.type === 'block-scalar') separate(token.props, undefined);
  else if (token.type === 'flow-collection') separate(token.end, undefined);
  else if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar')
    separate(token.end ?? [], token);
}

function separate(tokens: CST.Token[], before: CST.Token | undefined): void {
  for (let i = 0; i < tokens.length; i++) {
    const comment = tokens[i];
    const previous = i > 0 ? tokens[i - 1] : before;
    if (
      comment?.type === 'comment' &&
      previous &&
      previous.type !== 'space' &&
      previous.type !== 'newline' &&
      'source' in previous &&
      previous.offset + previous.source.length === comment.offset
    )
      tokens.splice(i++, 0, { type: 'space', offset: comment.offset, indent: comment.indent, source: '' });
  }
}

/**
 * kubectl converts YAML to JSON, whose keys are strings: it refuses a null key ("unsupported map key
 * of type: %!s(<nil>)"; a `:` with no key before it in a flow collection or a block mapping is
 * refused by go-yaml itself) and a mapping or sequence as a key ("invalid map key"), where
 * eemeli/yaml's `toJS` writes them as strings.
 */
function badKey(item: CST.CollectionItem): RefusedNode | undefined {
  const { key } = item;
  if (!key) {
    const indicator = item.sep?.find((token) => token.type === 'map-value-ind');
    return indicator ? { at: indicator.offset, kind: 'null-key' } : undefined;
  }
  if (key.type === 'scalar' && NULL_SOURCE.test(key.source)) return { at: key.offset, kind: 'null-key' };
  if (key.type === 'block-map' || key.type === 'block-seq' || key.type === 'flow-collection')
    return { at: key.offset, kind: 'collection-key' };
  return undefined;
}

/** A flow collection the lexer ended before its closing bracket (at a line less indented than it wants). */
function isCutFlow(token: CST.Token): boolean {
  if (token.type !== 'flow-collection') return false;
  const close = token.start.source === '[' ? ']' : '}';
  return token.end[0]?.source !== close;
}

/**
 * After a dash value in a flow mapping (`{a: -, b: c}`) the parser leaves an empty key between the dash
 * and the `,`, which it then refuses ("Missing , between flow map items"): once `mendFlowDash` makes
 * the dash the scalar it is for go-yaml, that key is nothing.
 */
function dropDashPhantoms(token: CST.FlowCollection, text: string): void {
  for (let at = token.items.length - 1; at > 0; at--) {
    const item = token.items[at];
    const key = item?.key;
    if (!item || item.start.length > 0 || item.value || (item.sep?.length ?? 0) > 0) continue;
    if (key?.type !== 'scalar' || key.source !== '' || token.items[at - 1]?.value?.type !== 'block-seq') continue;
    if (text[key.offset - 1] === '-' && ',]}'.includes(text[key.offset] ?? ' ')) token.items.splice(at, 1);
  }
}

/**
 * In a flow collection go-yaml reads a `-` right before `,`, `]` or `}` as the plain scalar "-"
 * (`command: [cat, -]`); eemeli/yaml makes it a block sequence and refuses it there. The token
 * becomes the scalar it is for go-yaml.
 */
function mendFlowDash(item: CST.CollectionItem, text: string): void {
  const dash = (token: CST.Token | null | undefined): CST.SourceToken | undefined => {
    if (token?.type !== 'block-seq' || token.items.length !== 1) return undefined;
    const [entry] = token.items;
    const [indicator, ...rest] = entry?.start ?? [];
    const empty = !entry?.value || (entry.value.type === 'scalar' && entry.value.source === '');
    if (!empty || rest.length > 0 || indicator?.type !== 'seq-item-ind') return undefined;
    return ',]}'.includes(text[indicator.offset + 1] ?? ' ') ? indicator : undefined;
  };
  const scalar = (offset: number, indent: number): CST.FlowScalar => ({
    type: 'scalar',
    offset,
    indent,
    source: '-',
    end: [],
  });
  const valueDash = dash(item.value);
  if (valueDash) item.value = scalar(valueDash.offset, valueDash.indent);
  const keyDash = dash(item.key);
  // `[-, a]`: the parser took the dash for a key with an empty value.
  if (keyDash && item.sep?.length === 0 && item.value?.type === 'scalar' && item.value.source === '') {
    delete item.key;
    delete item.sep;
    item.value = scalar(keyDash.offset, keyDash.indent);
  }
}

/**
 * go-yaml takes a key in a flow collection only with its `:` on the line where the key starts ("did
 * not find expected ',' or '}'"); eemeli/yaml reads on over line breaks.
 */
function splitKey(item: CST.CollectionItem): RefusedNode | undefined {
  const { key, sep } = item;
  if (!key || !sep) return undefined;
  const indicator = sep.findIndex((token) => token.type === 'map-value-ind');
  if (indicator < 0) return undefined;
  const broken =
    ('source' in key && /[\r\n]/.test(key.source)) ||
    sep.slice(0, indicator).some((token) => token.type === 'newline' || token.type === 'comment');
  return broken ? { at: sep[indicator]?.offset ?? key.offset, kind: 'split-key' } : undefined;
}

/**
 * In a flow collection go-yaml takes every `:` for a value indicator, so a plain scalar that starts
 * with one (`[:d]`) is refused ("did not find expected node content"); eemeli/yaml reads it.
 */
function colonScalar(item: CST.CollectionItem): RefusedNode | undefined {
  for (const token of [item.key, item.value]) {
    if (token?.type === 'scalar' && token.source.startsWith(':')) return { at: token.offset, kind: 'colon-scalar' };
  }
  return undefined;
}

function isUnterminatedQuote(token: CST.Token): boolean {
  if (token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar') return false;
  const quote = token.type === 'single-quoted-scalar' ? "'" : '"';
  const source = token.source;
  if (source.length < 2 || !source.endsWith(quote)) return true;
  if (quote === "'") return false;
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * `{{` (a Go template action) or `{%` (Jinja) where YAML expects a value or a key. Inside quoted
 * strings, block scalars, comments or after the first character of a plain scalar, braces are
 * ordinary text (Prometheus alert templates live there), and the parser never makes them a flow
 * collection, so those are never flagged.
 */
function isTemplateMarker(text: string, offset: number): boolean {
  return text.startsWith('{{', offset) || text.startsWith('{%', offset);
}

/**
 * Characters YAML does not allow (go-yaml: "control characters are not allowed"): C0 controls other
 * than tab, line feed and carriage return, DEL, C1 controls other than NEL, lone surrogates, and
 * U+FFFE/U+FFFF. A UTF-8 BOM decoded into the text is U+FEFF, which is allowed.
 */
const INVALID_CHARACTER = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function invalidCharacterOffsets(text: string, limit: number): number[] {
  const offsets: number[] = [];
  INVALID_CHARACTER.lastIndex = 0;
  for (
    let match = INVALID_CHARACTER.exec(text);
    match && offsets.length < limit;
    match = INVALID_CHARACTER.exec(text)
  ) {
    offsets.push(match.index);
  }
  return offsets;
}

export function describeCharacter(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  const name = CHARACTER_NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'DEL',
  0xfffe: 'not a character',
  0xffff: 'not a character',
};
