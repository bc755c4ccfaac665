import { Lexer } from 'yaml';
import { deepDocument } from './deep-prescan.js';

/** A document with more values than the loader reads, found before it is parsed. */
export interface OversizeDocument {
  /** Where its content starts (after `---` and any comments). */
  contentStart: number;
  /** Where it ends: the next `---` or `...`, or the end of the text. */
  end: number;
  /** Where the count passed the limit, to report. */
  tooLargeAt: number;
}

/** A document refused before it is parsed: too many values, or nested too deeply. */
export interface RefusedDocument {
  contentStart: number;
  end: number;
  refusal: { tooLargeAt: number } | { tooDeepAt: number };
}

const QUOTE_OR_BLOCK_SCALAR = /["'|>]/;
/** Zero-width markers of eemeli/yaml's lexer: document mode, flow error end, scalar. */
const MARKERS = new Set(['\x02', '\x18']);
const SCALAR = '\x1f';

/**
 * Counts the values of each document with the lexer alone, which keeps no tree: parsing a document
 * of a million one-character values builds a syntax tree of about 470 times its size before the
 * node limit can refuse it. Counted are scalars, aliases and flow collections, never more than the
 * parser's own count (block collections are not counted), so what this refuses the parser would
 * refuse too. Each counted value takes two characters at least, so only a stretch between document
 * markers longer than twice the limit is lexed.
 */
export function oversizeDocuments(text: string, limit: number): OversizeDocument[] {
  const found: OversizeDocument[] = [];
  for (const [from, to] of stretches(text)) {
    if (to - from > limit * 2) found.push(...countValues(text, from, to, limit));
  }
  return found;
}

/**
 * The documents to refuse before parsing: too large (`oversizeDocuments`), or surely nested deeper
 * than nestingLimit (`deepDocument`), which the parser would refuse after a slow parse.
 */
export function refusedDocuments(text: string, nodeLimit: number, nestingLimit: number): RefusedDocument[] {
  const found: RefusedDocument[] = [];
  // The lexer looks past a document marker for nothing but the closing quote of an unclosed quoted
  // scalar (and perhaps a block scalar's end): masking a document after one could change how it reads.
  // Each stretch is searched once, when a later one needs to know (a file of one document: never).
  let searchedTo = 0;
  let quoteBefore = false;
  for (const [from, to] of stretches(text)) {
    if (!quoteBefore && from > searchedTo) quoteBefore = QUOTE_OR_BLOCK_SCALAR.test(text.slice(searchedTo, from));
    searchedTo = from;
    const masksSafely = !quoteBefore;
    const deep = masksSafely ? deepDocument(text, from, to, nestingLimit, nodeLimit) : undefined;
    if (deep) found.push({ contentStart: deep.contentStart, end: to, refusal: { tooDeepAt: deep.tooDeepAt } });
    else if (to - from > nodeLimit * 2) {
      for (const { contentStart, end, tooLargeAt } of countValues(text, from, to, nodeLimit))
        found.push({ contentStart, end, refusal: { tooLargeAt } });
    }
  }
  return found;
}

/** The stretches of text between document markers (`---` and `...` lines). */
function* stretches(text: string): Generator<[number, number]> {
  const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let from = 0;
  for (let match = marker.exec(text); ; match = marker.exec(text)) {
    const to = match ? match.index : text.length;
    yield [from, to];
    if (!match) return;
    from = to;
  }
}

function countValues(text: string, from: number, to: number, limit: number): OversizeDocument[] {
  const found: OversizeDocument[] = [];
  let offset = from;
  let count = 0;
  let contentStart: number | undefined;
  let tooLargeAt: number | undefined;
  const close = (end: number): void => {
    if (tooLargeAt !== undefined && contentStart !== undefined) found.push({ contentStart, end, tooLargeAt });
    count = 0;
    contentStart = undefined;
    tooLargeAt = undefined;
  };
  for (const token of new Lexer().lex(text.slice(from, to))) {
    if (MARKERS.has(token)) continue;
    const first = token.charAt(0);
    if (token === '---' || token === '...') close(offset);
    else if (token === SCALAR || '"\'*[{'.includes(first)) {
      contentStart ??= offset;
      if (++count > limit) tooLargeAt ??= offset;
    } else if (contentStart === undefined && '-?:!&|>'.includes(first)) contentStart = offset;
    offset += token === SCALAR ? 0 : token.length;
  }
  close(offset);
  return found;
}

/**
 * The text with each refused document's content replaced by `~` (null) and spaces up to its last
 * line break, so every offset stays where it was (positions come from the original text) and the
 * parser reads an empty document in one line, however many lines the content had. The spaces
 * follow a `#`: eemeli/yaml's lexer reads a comment to its line break at once, but looks through
 * spaces after a plain scalar one by one (40 ms for the 1 MB of a deep document in the corpus).
 */
export function maskDocuments(
  text: string,
  documents: ReadonlyArray<Pick<RefusedDocument, 'contentStart' | 'end'>>,
): string {
  let masked = '';
  let cursor = 0;
  for (const { contentStart, end } of documents) {
    const lineBreak = text.endsWith('\r\n', end) ? 2 : text.endsWith('\n', end) ? 1 : 0;
    const spaces = Math.max(0, end - contentStart - 1 - lineBreak);
    const filler = spaces >= 2 ? ` #${' '.repeat(spaces - 2)}` : ' '.repeat(spaces);
    masked += `${text.slice(cursor, contentStart)}~${filler}${text.slice(end - lineBreak, end)}`;
    cursor = end;
  }
  return masked + text.slice(cursor);
}
