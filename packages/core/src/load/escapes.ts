import { visit, type Document } from 'yaml';

/**
 * The one-character escapes of double-quoted scalars, by the code of the character after the
 * backslash: go-yaml's. js-yaml's differ in `\/` (it reads one, go-yaml refuses it) and `\'` (the
 * other way round): the fast path leaves texts with either to the positioned parser, and the block
 * reader never meets `\<tab>` (it reads no text with a tab).
 */
export const SIMPLE_ESCAPES: ReadonlyArray<string | undefined> = escapeTable([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['t', '\t'],
  ['\t', '\t'],
  ['n', '\n'],
  ['v', '\v'],
  ['f', '\f'],
  ['r', '\r'],
  ['e', '\x1b'],
  [' ', ' '],
  ['"', '"'],
  ["'", "'"],
  ['\\', '\\'],
  ['N', '\x85'],
  ['_', '\xa0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
]);

/** How many hex digits follow `\x`, `\u` and `\U`, by the code of the letter. */
export const HEX_ESCAPE_LENGTHS: ReadonlyArray<number | undefined> = escapeTable([
  ['x', 2],
  ['u', 4],
  ['U', 8],
]);

/** An array over the ASCII codes (undefined where there is no entry): one look-up per escape, no hashing. */
function escapeTable<T>(entries: ReadonlyArray<readonly [string, T]>): ReadonlyArray<T | undefined> {
  const table = new Array<T | undefined>(128).fill(undefined);
  for (const [character, value] of entries) table[character.charCodeAt(0)] = value;
  return table;
}

/**
 * An escape go-yaml refuses: a `\u`/`\U` escape of a UTF-16 surrogate (even half of a pair) or past
 * U+10FFFF, or (`unknown`) JSON's `\/`, which YAML 1.1 does not have.
 */
export interface BadEscape {
  /** Offset of the backslash in the text. */
  at: number;
  escape: string;
  /** The character a high+low surrogate pair stood for, to suggest the `\U` escape go-yaml reads. */
  paired: number | undefined;
  unknown: boolean;
}

/** A UTF-16 surrogate written as a `\u` escape: JSON's way of writing characters past U+FFFF. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Whether a JSON text writes a surrogate as an escape. kubectl reads JSON with Go's encoding/json,
 * which joins a pair into its character (as eemeli/yaml does) and reads a lone one as U+FFFD (where
 * eemeli/yaml keeps it): such values go through `withLoneSurrogatesReplaced`.
 */
export function hasSurrogateEscape(json: string): boolean {
  return SURROGATE_ESCAPE.test(json);
}

/** A JSON value with every lone surrogate in its strings and keys read as U+FFFD, as Go's encoding/json reads it. */
export function withLoneSurrogatesReplaced(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(withLoneSurrogatesReplaced);
  if (typeof value !== 'object' || value === null) return value;
  const replaced: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    // Defined, not assigned: a `__proto__` key is a key here too.
    Object.defineProperty(replaced, key.replace(LONE_SURROGATE, '\uFFFD'), {
      value: withLoneSurrogatesReplaced(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return replaced;
}

/** Which escapes a YAML text may hold that go-yaml reads otherwise than eemeli/yaml (each a text search). */
export interface EscapeHints {
  /** `\u` or `\U`: surrogates and code points past U+10FFFF are refused. */
  unicode: boolean;
  /** `\/`: refused. */
  slash: boolean;
  /** `\'`: read as `'`, where eemeli/yaml reports an error. */
  quote: boolean;
}

export function escapeHints(yaml: string): EscapeHints {
  return {
    unicode: yaml.includes('\\u') || yaml.includes('\\U'),
    slash: yaml.includes('\\/'),
    quote: yaml.includes("\\'"),
  };
}

/**
 * go-yaml checks each escape of a double-quoted scalar on its own ("found invalid Unicode character
 * escape code"), where eemeli/yaml joins `"\uD83D\uDE00"` into one character and keeps a lone
 * `"\uD800"`; it refuses `\/` ("found unknown escape character") where eemeli/yaml reads `/`. Only
 * double-quoted scalars have escapes; their text is read from the document's.
 */
export function badEscapes(doc: Document.Parsed, text: string, slash: boolean, limit = 20): BadEscape[] {
  const found: BadEscape[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return undefined;
      const [start, end] = node.range;
      for (let i = start; i < end && found.length < limit; i++) {
        if (text[i] !== '\\') continue;
        const kind = text[i + 1];
        if (kind === '/' && slash) found.push({ at: i, escape: '\\/', paired: undefined, unknown: true });
        const digits = kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
        if (digits > 0) {
          const hex = text.slice(i + 2, i + 2 + digits);
          const code = /^[0-9a-fA-F]+$/.test(hex) ? Number.parseInt(hex, 16) : undefined;
          if (code !== undefined && ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)) {
            const paired = pairedCharacter(text, i, code);
            // A pair is one finding, on both its escapes.
            const length = paired === undefined ? 2 + digits : 12;
            found.push({ at: i, escape: text.slice(i, i + length), paired, unknown: false });
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
