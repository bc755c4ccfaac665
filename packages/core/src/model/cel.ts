/**
 * What podlint can tell about a CEL expression without a CEL compiler: only the mistakes that fail
 * to compile in every environment the API server could use. Anything that needs the grammar in
 * full, the types of `object` or the Kubernetes function libraries is left to the API server, so an
 * expression this reports on never compiles, and one it passes may still not.
 */

/** Names that are never an undeclared reference: literals, type names and the `in` operator. */
const BUILTIN_NAMES = new Set([
  'true',
  'false',
  'null',
  'in',
  'int',
  'uint',
  'double',
  'bool',
  'string',
  'bytes',
  'list',
  'map',
  'type',
  'dyn',
  'null_type',
]);

/** Characters that CEL allows only inside string literals and comments. */
const FOREIGN_CHARACTER = /[@#$`~;^\\]|[^\x09-\x0d\x20-\x7e]/;
/** Tokens that cannot start an expression (a leading `.` names the root scope, `-` and `!` are unary). */
const BAD_START = /^(?:[*/%)\]},:?=&|<>]|\.\.)/;
/** Tokens that cannot end one. */
const BAD_END = /[-+*/%=<>&|?:,.!([{]$/;
const TOKENS = /\.?[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|\S/g;

/**
 * Why `expression` cannot compile, or undefined when podlint cannot tell. `declared` are the
 * variables of its environment (`object`, `request`… for admission, `device` for device
 * selectors); `result` is the type the API server requires of the value, if any, which rules out
 * a lone literal of another type.
 */
export function celCompileProblem(
  expression: string,
  declared: ReadonlySet<string>,
  result: 'bool' | 'string' | 'any',
): string | undefined {
  const text = expression.trim();
  // String literals and comments may hold anything: such expressions are left to the API server.
  if (text === '' || /["']/.test(text) || text.includes('//')) return undefined;
  if (FOREIGN_CHARACTER.test(text)) return 'it holds a character CEL allows only inside a string literal';
  if (BAD_START.test(text)) return `it cannot start with ${JSON.stringify(text.slice(0, 1))}`;
  if (BAD_END.test(text)) return `it cannot end with ${JSON.stringify(text.slice(-1))}`;
  if (result !== 'any' && /^-?\d+(?:\.\d+)?[uU]?$/.test(text)) return `it is a number, not a ${result}`;
  if (result === 'string' && (text === 'true' || text === 'false')) return 'it is a bool, not a string';
  // Macros (all, exists, map, filter…) bind variables of their own, and a message literal's fields
  // are not references: only expressions without calls and braces are read further.
  if (/[({]/.test(text)) return undefined;
  let previous = '';
  for (const token of text.match(TOKENS) ?? []) {
    const isName = /^[A-Za-z_]/.test(token);
    if (isName && previous !== '.' && !declared.has(token) && !BUILTIN_NAMES.has(token))
      return `${JSON.stringify(token)} is not a variable of this expression (${[...declared].join(', ')})`;
    previous = token.startsWith('.') ? '.' : token;
  }
  return undefined;
}
