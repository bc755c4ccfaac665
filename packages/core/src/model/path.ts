/**
 * Field paths in the API server's notation. A path is kept as segments while code walks objects
 * and rendered once for output, so `spec.containers[0]` is the same string the oracle prints.
 */
export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    // The API server writes map keys in brackets, unquoted: `metadata.labels[app.kubernetes.io/name]`.
    else out += `[${segment}]`;
  }
  return out;
}

/**
 * Inverse of {@link formatPath}; also reads a JSON-quoted key (`labels["a.b"]`). A bracketed number
 * reads as a list index; on a map it names the key of the same digits.
 */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      const close = findClosingBracket(text, i);
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (inner.startsWith('"')) segments.push(JSON.parse(inner) as string);
      else segments.push(inner);
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
    segments.push(text.slice(i, j));
    i = j;
  }
  return segments;
}

function findClosingBracket(text: string, open: number): number {
  if (text[open + 1] === '"') {
    let j = open + 2;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    return text.indexOf(']', j);
  }
  const close = text.indexOf(']', open);
  return close === -1 ? text.length : close;
}

export function isPrefixOf(prefix: FieldPath, path: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
