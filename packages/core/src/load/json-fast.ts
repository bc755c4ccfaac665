import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  CR,
  DASH,
  DIGIT_NINE,
  DIGIT_ZERO,
  DOT,
  DOUBLE_QUOTE,
  LF,
  LOWER_E,
  LOWER_U,
  OPEN_BRACE,
  OPEN_BRACKET,
  SPACE,
  TAB,
  UPPER_E,
} from './character-codes.js';
import { DOCUMENT_NODE_LIMIT, NESTING_LIMIT } from './limits.js';
import { keyCount } from './value-walk.js';

/** One value of a JSON stream as `JSON.parse` reads it, and where it is in the text. */
export interface JsonValue {
  value: unknown;
  start: number;
  end: number;
}

/**
 * Far below the positioned loader's limits (`NESTING_LIMIT`, `DOCUMENT_NODE_LIMIT`), so a value
 * near them, which it measures and may refuse, is left to it.
 */
const DEPTH_LIMIT = NESTING_LIMIT / 2;
const NODE_LIMIT = DOCUMENT_NODE_LIMIT / 2;
/** Integers of this many digits or fewer are safe integers: longer ones are checked. */
const SAFE_DIGITS = 15;

/**
 * The values of a JSON stream (`startsJsonStream`), each from `JSON.parse`, in one pass over the
 * text; undefined wherever the positioned loader (eemeli/yaml reading each value as YAML 1.1, see
 * `YamlManifestLoader.read`) could read a value otherwise or report a problem, which it then does:
 * a stream error or a trailing comma (JSON.parse refuses it), a value that is not an object,
 * fractions, exponents, `-0` and integers past 2^53 (YAML 1.1 and JSON may read them differently),
 * duplicate keys (`yaml/duplicate-key`), `__proto__`, characters YAML reads otherwise or refuses
 * (line breaks other than LF and CRLF, a BOM, C1 controls, non-characters), surrogates, also escaped
 * (Go's encoding/json reads a lone one as U+FFFD: `withLoneSurrogatesReplaced`), and values near
 * the nesting and node limits. A false alarm costs only speed.
 */
export function readJsonStream(text: string): JsonValue[] | undefined {
  const values: JsonValue[] = [];
  for (let start = whitespaceEnd(text, 0); start < text.length; start = whitespaceEnd(text, start)) {
    if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
    const scanned = scanObject(text, start);
    if (!scanned) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(start, scanned.end));
    } catch {
      return undefined;
    }
    if (!withMembers(value, scanned.members)) return undefined;
    values.push({ value, start, end: scanned.end });
    start = scanned.end;
  }
  return values;
}

/** JSON's white space, but a carriage return only before a line feed: alone, YAML reads a line break where JSON does not. */
function whitespaceEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === SPACE || code === TAB || code === LF || (code === CR && text.charCodeAt(at + 1) === LF)) at++;
    else return at;
  }
}

/**
 * Where the object starting at `start` ends and how many members (colons outside strings) it has
 * at every depth; undefined at what `readJsonStream` leaves to the positioned loader. JSON.parse
 * judges the syntax afterwards.
 */
function scanObject(text: string, start: number): { end: number; members: number } | undefined {
  let depth = 0;
  let members = 0;
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === DOUBLE_QUOTE) {
      at = stringEnd(text, at);
      if (at < 0) return undefined;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > DEPTH_LIMIT) return undefined;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (--depth === 0) return { end: at + 1, members };
    } else if (code === COLON) {
      members++;
    } else if (code === CR) {
      if (text.charCodeAt(at + 1) !== LF) return undefined;
    } else if (code === DASH || isDigit(code)) {
      const end = integerEnd(text, at);
      if (end === undefined) return undefined;
      at = end - 1;
    }
  }
  return undefined;
}

/** The offset of the string's closing quote, or -1 at a character (written or escaped) left to the positioned loader. */
function stringEnd(text: string, quote: number): number {
  for (let at = quote + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === DOUBLE_QUOTE) return at;
    if (code === BACKSLASH) {
      if (text.charCodeAt(at + 1) === LOWER_U) {
        if (!plainCharacter(hexCode(text, at + 2))) return -1;
        at += 5;
      } else at++;
    } else if (!plainCharacter(code)) return -1;
  }
  return -1;
}

/**
 * Printable characters that both YAML 1.1 and JSON read as themselves: not C0 or C1 controls (JSON
 * refuses raw ones, YAML reads some escaped ones as line breaks), not U+2028/U+2029 (YAML 1.1 line
 * breaks), surrogates (go-yaml refuses escaped ones), a BOM or the non-characters U+FFFE/U+FFFF.
 */
function plainCharacter(code: number): boolean {
  if (code >= SPACE && code < 0x7f) return true;
  if (code < 0xa0) return false;
  if (code < 0xd800) return code !== 0x2028 && code !== 0x2029;
  return code >= 0xe000 && code <= 0xfffd && code !== 0xfeff;
}

/** The code of four hexadecimal digits, or -1. */
function hexCode(text: string, from: number): number {
  let code = 0;
  for (let at = from; at < from + 4; at++) {
    const digit = parseInt(text.charAt(at), 16);
    if (Number.isNaN(digit)) return -1;
    code = code * 16 + digit;
  }
  return code;
}

function isDigit(code: number): boolean {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}

/**
 * Where the number starting at `start` ends, if it is a safe integer other than `-0`; undefined
 * for fractions, exponents, `-0` and integers past 2^53, which YAML 1.1 may read otherwise.
 */
function integerEnd(text: string, start: number): number | undefined {
  const digits = text.charCodeAt(start) === DASH ? start + 1 : start;
  let end = digits;
  while (isDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  if (next === DOT || next === LOWER_E || next === UPPER_E) return undefined;
  if (digits > start && end === digits + 1 && text.charCodeAt(digits) === DIGIT_ZERO) return undefined;
  if (end - digits > SAFE_DIGITS && !Number.isSafeInteger(Number(text.slice(start, end)))) return undefined;
  return end;
}

/**
 * Whether the value has every member the text wrote (JSON.parse keeps the last of duplicate keys,
 * the positioned loader reports them), no `__proto__` key, and stays within the node limit.
 */
function withMembers(root: unknown, members: number): boolean {
  return keyCount(root, NODE_LIMIT, (key) => key === '__proto__') === members;
}
