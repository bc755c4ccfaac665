import { visit, type Document } from 'yaml';

/** A `\u`/`\U` escape go-yaml refuses: a UTF-16 surrogate (even half of a pair) or past U+10FFFF. */
export interface BadEscape {
  /** Offset of the backslash in the text. */
  at: number;
  escape: string;
  /** The character a high+low surrogate pair stood for, to suggest the `\U` escape go-yaml reads. */
  paired: number | undefined;
}

/**
 * go-yaml checks each escape of a double-quoted scalar on its own ("found invalid Unicode character
 * escape code"), where eemeli/yaml joins `"\uD83D\uDE00"` into one character and keeps a lone
 * `"\uD800"`. Only double-quoted scalars have escapes; their text is read from the document's.
 */
export function badEscapes(doc: Document.Parsed, text: string, limit = 20): BadEscape[] {
  const found: BadEscape[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return undefined;
      const [start, end] = node.range;
      for (let i = start; i < end && found.length < limit; i++) {
        if (text[i] !== '\\') continue;
        const kind = text[i + 1];
        const digits = kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
        if (digits > 0) {
          const hex = text.slice(i + 2, i + 2 + digits);
          const code = /^[0-9a-fA-F]+$/.test(hex) ? Number.parseInt(hex, 16) : undefined;
          if (code !== undefined && ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)) {
            const paired = pairedCharacter(text, i, code);
            // A pair is one finding, on both its escapes.
            const length = paired === undefined ? 2 + digits : 12;
            found.push({ at: i, escape: text.slice(i, i + length), paired });
            i += length - 2;
          }
        }
        i++;
      }
      return found.length >= limit ? visit.BREAK : undefined;
    },
  });
  return found;
}

function pairedCharacter(text: string, at: number, high: number): number | undefined {
  if (high < 0xd800 || high > 0xdbff) return undefined;
  const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(text.slice(at + 6, at + 12));
  if (!next?.[1]) return undefined;
  return 0x10000 + ((high - 0xd800) << 10) + (Number.parseInt(next[1], 16) - 0xdc00);
}
