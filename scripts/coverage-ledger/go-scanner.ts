/**
 * A small Go-aware scanner: enough of Go's lexical structure (comments, interpreted, raw and rune
 * literals, braces) to find top-level functions, the error constructors they call and the field
 * name of each error's path. It does not type-check, so it cannot see:
 * - errors built without a constructor call (`&field.Error{…}` literals, errors returned by helpers
 *   of other modules and re-wrapped);
 * - the field of a path passed in by the caller (`fldPath` as received): the call site then has no
 *   field, and the caller's `Child("…")` is not attributed to it;
 * - a path variable assigned in a branch other than the nearest preceding assignment;
 * - calls through function values (`fn := validateX; fn(…)`), which the call graph misses.
 */

/** The error constructors of k8s.io/apimachinery/pkg/util/validation/field that reject an object. */
export const FIELD_ERROR_TYPES = [
  'Invalid',
  'Required',
  'Forbidden',
  'NotSupported',
  'Duplicate',
  'TooLong',
  'TooLongMaxLength',
  'TooMany',
  'NotFound',
  'TypeInvalid',
] as const;

/**
 * Validators of k8s.io/apimachinery/pkg/api/validate that declarative validation calls and that
 * can return errors. Combinators (`EachSliceVal`, `Subfield`, unions' member constructors) and the
 * `Optional*` short-circuits are not call sites: the errors come from the validators they wrap.
 */
const DECLARATIVE_COMBINATORS = new Set([
  'EachSliceVal',
  'EachValSliceVal',
  'EachMapVal',
  'EachMapKey',
  'Subfield',
  'SemanticDeepEqual',
  'DirectEqual',
  'OptionalSlice',
  'OptionalPointer',
  'OptionalValue',
  'OptionalMap',
  'IfOption',
  'NewUnionMember',
  'NewUnionMembership',
  'NewDiscriminatedUnionMembership',
  'NewDiscriminatedUnionMember',
  'DiscriminatedRule',
]);

export interface GoFunction {
  /** `Name`, or `Type.Name` for a method. */
  name: string;
  line: number;
  /** Offsets of the body, braces included. */
  bodyStart: number;
  bodyEnd: number;
}

export interface ErrorCallSite {
  function: string;
  /** A field constructor (`Invalid`…) or `validate.<Name>` for declarative validation. */
  type: string;
  /** The last `Child("…")` name of the error's path, when the code shows it. */
  field?: string;
  line: number;
}

export interface ScannedFile {
  functions: GoFunction[];
  callSites: ErrorCallSite[];
  /** Function name → names of the functions it calls (same-package or package-qualified, unqualified). */
  calls: Map<string, Set<string>>;
}

/**
 * The text with comments blanked and the contents of string and rune literals replaced by `_`,
 * offsets and newlines unchanged: braces and commas in it are code.
 */
export function maskGo(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number, fill: string): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = fill;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop, ' ');
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop, ' ');
      i = stop;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end === -1 ? text.length : end;
      blank(i + 1, stop, '_');
      i = stop + 1;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < text.length && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      blank(i + 1, k, '_');
      i = k + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** The offset of the bracket that closes the one at `open` in masked code, or the end of the text. */
function matching(code: string, open: number): number {
  const opener = code[open];
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : '}';
  let depth = 0;
  for (let k = open; k < code.length; k++) {
    if (code[k] === opener) depth++;
    else if (code[k] === closer && --depth === 0) return k;
  }
  return code.length;
}

/** The `{` that opens a function body: the first brace outside parentheses that is not `struct{…}` or `interface{…}`. */
function bodyOpening(code: string, from: number): number {
  let depth = 0;
  for (let k = from; k < code.length; k++) {
    const c = code[k];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '{') {
      if (depth === 0 && !/(?:struct|interface)\s*$/.test(code.slice(Math.max(0, k - 12), k))) return k;
      k = matching(code, k);
    }
  }
  return -1;
}

function lineAt(offset: number, lineStarts: number[]): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

const FUNCTION_DECLARATION =
  /^func\s+(?:\(\s*(?:\w+\s+)?\*?(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)\s*(?:\[[^\]]*\]\s*)?\(/gm;

/** The last `Child("…")` name in a path expression (the original text of it). */
function lastChild(expression: string): string | undefined {
  let found: string | undefined;
  for (const match of expression.matchAll(/\.Child\(((?:\s*"[^"]*"\s*,?)+)\)/g)) {
    const names = [...(match[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    found = names[names.length - 1];
  }
  return found;
}

/** The first argument of the call whose `(` is at `open`, as original text. */
function firstArgument(text: string, code: string, open: number): string {
  let depth = 0;
  for (let k = open; k < code.length; k++) {
    const c = code[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return text.slice(open + 1, k);
    } else if (c === ',' && depth === 1) return text.slice(open + 1, k);
  }
  return '';
}

/**
 * The field a path expression ends in: a `Child("…")` written in it, or else the nearest earlier
 * assignment in the same function of the variable it starts with (`specPath := fldPath.Child("spec")`).
 */
function fieldOfPath(expression: string, text: string, bodyStart: number, callOffset: number): string | undefined {
  const written = lastChild(expression);
  if (written !== undefined) return written;
  const variable = /^\s*(\w+)\s*(?:\.(?:Index|Key)\([^)]*\)\s*)*$/.exec(expression)?.[1];
  if (!variable) return undefined;
  const before = text.slice(bodyStart, callOffset);
  const assignment = new RegExp(`\\b${variable}\\s*:?=\\s*([^\\n]*)`, 'g');
  let last: string | undefined;
  for (const match of before.matchAll(assignment)) last = match[1];
  return last === undefined ? undefined : lastChild(last);
}

/** Finds the functions, error call sites and calls of one Go file. */
export function scanGoFile(text: string, options: { declarative: boolean }): ScannedFile {
  const code = maskGo(text);
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const functions: GoFunction[] = [];
  for (const match of code.matchAll(FUNCTION_DECLARATION)) {
    const receiver = match[1];
    const name = receiver ? `${receiver}.${match[2]}` : (match[2] ?? '');
    const parameters = (match.index ?? 0) + match[0].length - 1;
    const open = bodyOpening(code, matching(code, parameters) + 1);
    if (open === -1) continue;
    functions.push({
      name,
      line: lineAt(match.index ?? 0, lineStarts),
      bodyStart: open,
      bodyEnd: matching(code, open),
    });
  }
  const callSites: ErrorCallSite[] = [];
  const calls = new Map<string, Set<string>>();
  const constructor = options.declarative
    ? /\bvalidate\.(\w+)\s*(?:\[[^\]]*\]\s*)?\(/g
    : new RegExp(`\\bfield\\.(${FIELD_ERROR_TYPES.join('|')})\\(`, 'g');
  for (const fn of functions) {
    const body = code.slice(fn.bodyStart, fn.bodyEnd);
    for (const match of body.matchAll(constructor)) {
      const type = match[1] ?? '';
      if (options.declarative && DECLARATIVE_COMBINATORS.has(type)) continue;
      const offset = fn.bodyStart + (match.index ?? 0);
      const open = offset + match[0].length - 1;
      const argument = options.declarative
        ? declarativePathArgument(text, code, open)
        : firstArgument(text, code, open);
      const field =
        fieldOfPath(argument, text, fn.bodyStart, offset) ??
        (options.declarative ? declarativeField(text, offset, fn.bodyEnd) : undefined);
      callSites.push({
        function: fn.name,
        type: options.declarative ? `validate.${type}` : type,
        ...(field !== undefined ? { field } : {}),
        line: lineAt(offset, lineStarts),
      });
    }
    const called = new Set<string>();
    for (const match of body.matchAll(/(?<![\w.])(?:\w+\.)?([A-Za-z_]\w*)\s*\(/g)) called.add(match[1] ?? '');
    calls.set(fn.name, called);
  }
  return { functions, callSites, calls };
}

/**
 * Generated validation wraps each field's validators in a closure over `fldPath` and calls it with
 * the field's path right after: `fn(fldPath.Child("…"), …)`.
 */
function declarativeField(text: string, offset: number, bodyEnd: number): string | undefined {
  const call = /\bfn\(fldPath\.Child\("([^"]*)"\)/.exec(text.slice(offset, bodyEnd));
  return call?.[1];
}

/** Declarative validators take `(ctx, op, fldPath, …)`: the path is their third argument. */
function declarativePathArgument(text: string, code: string, open: number): string {
  let depth = 0;
  let argument = 0;
  let start = open + 1;
  for (let k = open; k < code.length; k++) {
    const c = code[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return argument === 2 ? text.slice(start, k) : '';
    } else if (c === ',' && depth === 1) {
      if (argument === 2) return text.slice(start, k);
      argument++;
      start = k + 1;
    }
  }
  return '';
}
