import { Lexer } from 'yaml';

/** A document with more values than the loader reads, found before it is parsed. */
export interface OversizeDocument {
  /** Where its content starts (after `---` and any comments). */
  contentStart: number;
  /** Where it ends: the next `---` or `...`, or the end of the text. */
  end: number;
  /** Where the count passed the limit, to report. */
  tooLargeAt: number;
}

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
  // A stream of ordinary manifests is never lexed twice.
  const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let from = 0;
  for (let match = marker.exec(text); ; match = marker.exec(text)) {
    const to = match ? match.index : text.length;
    if (to - from > limit * 2) found.push(...countValues(text, from, to, limit));
    if (!match) break;
    from = to;
  }
  return found;
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
 * The text with each oversize document's content replaced by `~` (null) and spaces, line breaks
 * kept, so every offset and line stays where it was and the parser reads an empty document.
 */
export function maskDocuments(text: string, documents: readonly OversizeDocument[]): string {
  let masked = '';
  let cursor = 0;
  for (const { contentStart, end } of documents) {
    masked += `${text.slice(cursor, contentStart)}~${text.slice(contentStart + 1, end).replace(/[^\r\n]/g, ' ')}`;
    cursor = end;
  }
  return masked + text.slice(cursor);
}
