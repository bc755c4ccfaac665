/**
 * Where the cursor is in a YAML manifest, read from indentation alone. Hover and completion must
 * work on half-typed text that no parser accepts, and block-style manifests (all that people type)
 * say their nesting in their indentation.
 */
export interface CursorContext {
  /** The keys (and list items, as 0) from the document root to the object the cursor is in. */
  parent: Array<string | number>;
  /** The key the cursor is on, or whose value it is in. */
  key?: string;
  /** Whether the cursor is after `key:` on its line (in the value), not on the key. */
  inValue: boolean;
  /** The text typed so far at the cursor (what completion filters by). */
  prefix: string;
  /** In a value right after the colon: a value inserted here needs a space before it. */
  needsSpace?: boolean;
  /** The column where the key (or the value, inValue) starts. */
  column: number;
  /** The document's `apiVersion` and `kind`, when they are written at its top level. */
  apiVersion?: string;
  kind?: string;
}

interface LineShape {
  /** Column of a leading `- ` list marker. */
  dash?: number;
  /** Column where the line's key or value starts. */
  content: number;
  key?: string;
  /** Whether the line is `key:` with nothing after it but a comment: a parent of what follows. */
  opens: boolean;
}

const KEY_LINE = /^((?:- +)*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"{[][^:#]*?)\s*:(?:\s|$)(.*)$/;

function shapeOf(line: string): LineShape | undefined {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return undefined;
  const dashes = /^(- +)*/.exec(rest)?.[0] ?? '';
  const dash = dashes ? indent + dashes.lastIndexOf('-') : undefined;
  const content = indent + dashes.length;
  const match = KEY_LINE.exec(rest.slice(dashes.length).trimEnd());
  const key = match?.[2] ? unquote(match[2].trim()) : undefined;
  const after = (match?.[3] ?? '').trim();
  return {
    ...(dash !== undefined ? { dash } : {}),
    content,
    ...(key !== undefined ? { key } : {}),
    opens: key !== undefined && (after === '' || after.startsWith('#')),
  };
}

function unquote(key: string): string {
  return /^["']/.test(key) ? key.slice(1, -1) : key;
}

/** The cursor context at a 0-based line and character of a whole (multi-document) text. */
export function cursorContext(text: string, line: number, character: number): CursorContext {
  const lines = text.split(/\r?\n/);
  let first = line;
  while (first > 0 && !/^---(\s|$)/.test(lines[first] ?? '')) first--;
  let last = line + 1;
  while (last < lines.length && !/^---(\s|$)/.test(lines[last] ?? '')) last++;
  const documentLines = lines.slice(first, last);
  const current = (lines[line] ?? '').slice(0, Math.max(0, character));
  const { keyColumn, ...context } = onLine(current);

  const parent: Array<string | number> = [];
  let target = keyColumn;
  const shape = shapeOf(lines[line] ?? '');
  if (shape?.dash !== undefined && shape.content <= keyColumn) {
    parent.push(0);
    target = shape.dash;
  }
  for (let at = line - 1; at >= first && target > 0; at--) {
    const above = shapeOf(lines[at] ?? '');
    if (!above) continue;
    if (above.content < target && above.key !== undefined) {
      parent.push(above.key);
      target = above.content;
      if (above.dash !== undefined) {
        parent.push(0);
        target = above.dash;
      }
    } else if (above.dash !== undefined && above.content === target) {
      // A sibling that opens the same list item.
      parent.push(0);
      target = above.dash;
    } else if (above.dash !== undefined && above.dash < target && above.content > target) {
      parent.push(0);
      target = above.dash;
    }
  }
  parent.reverse();
  const topLevel = (name: string): string | undefined => {
    const found = documentLines.map((raw) => new RegExp(`^${name}:\\s*["']?([^"'#\\s]+)`).exec(raw)).find(Boolean);
    return found?.[1];
  };
  const apiVersion = topLevel('apiVersion');
  const kind = topLevel('kind');
  return { ...context, parent, ...(apiVersion ? { apiVersion } : {}), ...(kind ? { kind } : {}) };
}

/** What the current line says up to the cursor. */
function onLine(
  before: string,
): Pick<CursorContext, 'key' | 'inValue' | 'prefix' | 'column' | 'needsSpace'> & { keyColumn: number } {
  const indent = before.length - before.trimStart().length;
  const dashes = /^(- +)*/.exec(before.slice(indent))?.[0] ?? '';
  const column = indent + dashes.length;
  const body = before.slice(column);
  const colon = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"{[][^:#]*?)\s*:(\s+|$)/.exec(body);
  if (colon?.[1] !== undefined) {
    const valueColumn = column + colon[0].length;
    const needsSpace = colon[2] === '' ? { needsSpace: true } : {};
    return {
      key: unquote(colon[1].trim()),
      inValue: true,
      prefix: before.slice(valueColumn).trim(),
      column: valueColumn,
      keyColumn: column,
      ...needsSpace,
    };
  }
  return { inValue: false, prefix: body, column, keyColumn: column };
}

/** The key under the cursor (for hover): the whole key, even when the cursor is in its middle. */
export function keyAt(
  text: string,
  line: number,
  character: number,
): { path: Array<string | number>; start: number; end: number; apiVersion?: string; kind?: string } | undefined {
  const raw = text.split(/\r?\n/)[line] ?? '';
  const shape = shapeOf(raw);
  if (shape?.key === undefined) return undefined;
  const start = shape.content;
  const end = raw.indexOf(':', start);
  if (character < start || character > end) return undefined;
  const context = cursorContext(text, line, start);
  return {
    path: [...context.parent, shape.key],
    start,
    end,
    ...(context.apiVersion ? { apiVersion: context.apiVersion } : {}),
    ...(context.kind ? { kind: context.kind } : {}),
  };
}
