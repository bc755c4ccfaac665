/**
 * Bytes to text, the way a careful reader does it: a UTF-8 BOM is dropped, UTF-16 with a BOM is
 * decoded, anything else must be valid UTF-8 (Node's lenient decoding would turn bad bytes into
 * U+FFFD and hide them), and binary files are recognised instead of producing a cascade of findings.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; hadBom: boolean }
  | { ok: false; reason: 'binary' | 'invalid-utf8'; message: string; line: number; column: number };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * The control characters that the binary and UTF-16 checks count (NUL among them). In UTF-8 they
 * are single bytes that no multi-byte sequence contains, so a text without one came from bytes
 * without one, and both checks pass: one native scan instead of two loops over the bytes.
 */
const COUNTED_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  let text: string | undefined;
  try {
    text = strictUtf8.decode(body);
  } catch {
    text = undefined;
  }
  if (text !== undefined && !COUNTED_CONTROL.test(text)) return { ok: true, text, encoding: 'utf-8', hadBom };
  const sample = body.subarray(0, 8192);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) {
    return {
      ok: false,
      reason: 'binary',
      message: `the file looks like ${utf16} without a byte-order mark, which kubectl cannot read; re-save it as UTF-8`,
      line: 1,
      column: 1,
    };
  }
  // Valid UTF-8 with a stray NUL is text with a bad character (the loader reports where); random bytes are not.
  const controls = controlBytes(sample);
  if (sample.length > 0 && (controls.total / sample.length > 0.1 || (text === undefined && controls.nul > 0))) {
    return {
      ok: false,
      reason: 'binary',
      message: 'binary file (it contains NUL bytes or mostly control characters); not a YAML or JSON manifest',
      line: 1,
      column: 1,
    };
  }
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8', hadBom };
  const at = firstInvalidUtf8(body);
  const { line, column } = lineColumnOfByte(body, at);
  return {
    ok: false,
    reason: 'invalid-utf8',
    message: `the file is not valid UTF-8 (byte 0x${(body[at] ?? 0).toString(16).padStart(2, '0')} at line ${line}, column ${column}); re-save it as UTF-8`,
    line,
    column,
  };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    return {
      ok: true,
      text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body),
      encoding,
      hadBom: true,
    };
  } catch {
    return {
      ok: false,
      reason: 'invalid-utf8',
      message: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (an odd length or a broken surrogate pair); re-save it as UTF-8`,
      line: 1,
      column: 1,
    };
  }
}

/** Control bytes other than tab, line feed, carriage return (git's binary heuristic, widened), and NULs among them. */
function controlBytes(sample: Uint8Array): { total: number; nul: number } {
  let total = 0;
  let nul = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x0b || byte === 0x0c) total++;
  }
  return { total, nul };
}

/** ASCII text saved as UTF-16 has a NUL in every other byte: at odd offsets (LE) or even ones (BE). */
function utf16WithoutBom(sample: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (sample.length < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.05) return 'UTF-16LE';
  if (evenNul > half * 0.6 && oddNul < half * 0.05) return 'UTF-16BE';
  return undefined;
}

/**
 * The first byte that is not part of well-formed UTF-8 (the Unicode standard's table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF), which is where the strict decoder failed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const sequence = utf8Sequence(lead);
    if (!sequence) return i;
    const [length, secondLow, secondHigh] = sequence;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? [secondLow, secondHigh] : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

/** The length of the sequence a lead byte starts and the range its second byte must be in. */
function utf8Sequence(lead: number): readonly [number, number, number] | undefined {
  if (lead < 0x80) return [1, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return undefined;
}

/** Line and column as the rest of podlint counts them: lines by line feeds, columns in UTF-16 code units. */
function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Everything before `at` is well-formed, so it decodes to exactly the characters in front of the bad byte.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, at));
  return { line, column: before.length + 1 };
}
