/**
 * go-yaml (libyaml) does not check the indentation of a quoted scalar's continuation lines, nor of a
 * flow collection's, so it reads `x: 'first⏎second'` and `x: [a,⏎b]` with the second line at
 * column 0, where eemeli/yaml stops at the unindent and reports a missing quote or bracket. For
 * each such scalar or collection that closes before any document marker, this gives the span to
 * read as one line: its line breaks (and a collection's comments) become spaces, which keeps every
 * offset (and so every position) of the file. Line folding is redone on the original text
 * (`refoldPatchedScalars`).
 */
export function unindentedPatches(text: string, openings: readonly number[]): Array<[number, number]> {
  const patches: Array<[number, number]> = [];
  for (const open of openings) {
    const quote = text[open] === '"' || text[open] === "'";
    const close = quote ? closingQuote(text, open) : closingBracket(text, open);
    if (close !== undefined) patches.push([open, close + 1]);
  }
  return patches;
}

/** Whether a line break at `at` starts a document marker, which ends whatever is open. */
function atDocumentMarker(text: string, at: number): boolean {
  return text[at] === '\n' && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at + 1, at + 5));
}

function closingQuote(text: string, open: number): number | undefined {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (atDocumentMarker(text, i)) return undefined;
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}

/**
 * The bracket that closes the flow collection opened at `open`, and its comments; undefined where a
 * line starts with a `:` indicator: go-yaml takes no key whose `:` is on another line, which a span
 * read as one line would join. A quote starts a quoted scalar only where a node can start; a `#`
 * starts a comment after white space, or right after a closing quote or bracket, as go-yaml reads one.
 */
function scanFlow(text: string, open: number): { close: number; comments: Array<[number, number]> } | undefined {
  const comments: Array<[number, number]> = [];
  let depth = 0;
  let lineStart = false;
  /** The last character that was not white space belonged to: a node may start after `[`, `{`, `,`, `:`. */
  let previous = '[';
  for (let i = open; i < text.length; i++) {
    const char = text[i] ?? '';
    if (atDocumentMarker(text, i)) return undefined;
    if (char === '\n' || char === '\r') {
      lineStart = true;
      continue;
    }
    const afterSpace = /[ \t\r\n]/.test(text[i - 1] ?? '');
    if (char === ' ' || char === '\t') continue;
    if (lineStart && char === ':' && /^[ \t\r\n,\]}]/.test(text[i + 1] ?? ' ')) return undefined;
    lineStart = false;
    if ((char === '"' || char === "'") && (afterSpace || '[{,:'.includes(previous))) {
      const close = closingQuote(text, i);
      if (close === undefined) return undefined;
      i = close;
      previous = 'quote';
      continue;
    }
    if (char === '#' && (afterSpace || previous === 'quote' || previous === ']' || previous === '}')) {
      const start = i;
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      // A comment ends a plain scalar: go-yaml wants `,` or the bracket next, where the span read as
      // one line would run the scalar on over the blanked comment (`[--a # note⏎--b]`).
      if (!'[{,:'.includes(previous) && previous !== 'quote' && !/^[\s]*[,\]}]/.test(afterComments(text, i + 1)))
        return undefined;
      comments.push([start, i + 1]);
      continue;
    }
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) return { close: i, comments };
    }
    previous = char;
  }
  return undefined;
}

/** The text from `at` on, past white space and whole comment lines. */
function afterComments(text: string, at: number): string {
  const rest = /^(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*[ \t]*/.exec(text.slice(at, at + 4096));
  return text.slice(at + (rest?.[0].length ?? 0), at + (rest?.[0].length ?? 0) + 1);
}

function closingBracket(text: string, open: number): number | undefined {
  return scanFlow(text, open)?.close;
}

/** The text with each span read as one line: line breaks become spaces, and in a flow collection comments too. */
export function applyPatches(text: string, patches: ReadonlyArray<readonly [number, number]>): string {
  let patched = '';
  let cursor = 0;
  for (const [start, end] of [...patches].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    const span = text.slice(start, end);
    const flow = span[0] === '[' || span[0] === '{';
    patched += text.slice(cursor, start) + (flow ? withoutComments(span) : span).replace(/[\r\n]/g, ' ');
    cursor = end;
  }
  return patched + text.slice(cursor);
}

/** A flow collection's text with its comments blanked (quoted scalars kept as they are). */
function withoutComments(span: string): string {
  let result = '';
  let from = 0;
  for (const [start, end] of scanFlow(span, 0)?.comments ?? []) {
    result += span.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return result + span.slice(from);
}
