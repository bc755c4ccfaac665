/**
 * kubectl's decoder sniffs its input: a stream whose first character (after a BOM and whitespace)
 * is `{` is read as JSON values one after another, strictly, whatever the file is called; anything
 * else is YAML. Values before a broken one are still applied; nothing after it is read.
 */
export interface JsonStream {
  values: Array<{ start: number; end: number }>;
  error?: { offset: number; message: string };
}

export function startsJsonStream(text: string): boolean {
  const start = skipWhitespace(text, text.startsWith('\uFEFF') ? 1 : 0);
  // `{{` and `{%` open a template, which the YAML reader reports as one.
  return text.charAt(start) === '{' && !'{%'.includes(text.charAt(start + 1) || 'x');
}

export function splitJsonStream(text: string): JsonStream {
  const stream: JsonStream = { values: [] };
  let offset = skipWhitespace(text, text.startsWith('\uFEFF') ? 1 : 0);
  while (offset < text.length) {
    const end = valueEnd(text, offset);
    try {
      JSON.parse(text.slice(offset, end));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(message);
      stream.error = {
        offset: at ? offset + Number(at[1]) : end,
        message: message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, ''),
      };
      return stream;
    }
    stream.values.push({ start: offset, end });
    offset = skipWhitespace(text, end);
  }
  return stream;
}

function skipWhitespace(text: string, from: number): number {
  let offset = from;
  while (offset < text.length && ' \t\n\r'.includes(text.charAt(offset))) offset++;
  return offset;
}

/** Where the JSON value starting at `start` ends, by brackets and strings alone; JSON.parse judges the rest. */
function valueEnd(text: string, start: number): number {
  const first = text.charAt(start);
  if (first === '{' || first === '[') {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const char = text.charAt(i);
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  if (first === '"') {
    for (let i = start + 1; i < text.length; i++) {
      const char = text.charAt(i);
      if (char === '\\') i++;
      else if (char === '"') return i + 1;
    }
    return text.length;
  }
  let end = start;
  while (end < text.length && !' \t\n\r{}[],"'.includes(text.charAt(end))) end++;
  return Math.max(end, start + 1);
}

/** The text with every comma that closes a JSON object or array (`,}` `, ]`) blanked, strings left alone. */
export function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === ',' && '}]'.includes(text.charAt(skipWhitespace(text, i + 1)) || 'x')) {
      out += `${text.slice(copied, i)} `;
      copied = i + 1;
    }
  }
  return out + text.slice(copied);
}
