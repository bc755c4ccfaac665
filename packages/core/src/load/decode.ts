/**
 * Bytes to text, the way a careful reader does it: a UTF-8 BOM is dropped, UTF-16 with a BOM is
 * decoded, anything else must be valid UTF-8 (Node's lenient decoding would turn bad bytes into
 * U+FFFD and hide them), and binary files are recognised instead of producing a cascade of findings.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; hadBom: boolean }
  | { ok: false; reason: 'binary' | 'invalid-utf8'; message: string; line: number; column: number };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    return { ok: false, reason: 'binary', message: 'binary file (it contains NUL bytes or mostly control characters); not a YAML or JSON manifest', line: 1, column: 1 };
  }
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: 'utf-8', hadBom };
  } catch {
    const at = firstInvalidUtf8(body);
    const { line, column } = lineColumnOfByte(body, at);
    return {
      ok: false,
      reason: 'invalid-utf8',
      message: `the file is not valid UTF-8 (byte 0x${(body[at] ?? 0).toString(16).padStart(2, '0')} at line ${line}); re-save it as UTF-8`,
      line,
      column,
    };
  }
}

/** A NUL byte in the first 8 KiB, or more than 10% control bytes, means binary (git's heuristic, widened). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      // A lone NUL inside otherwise textual YAML is a syntax problem, not a binary file.
      control += 8;
    } else if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
