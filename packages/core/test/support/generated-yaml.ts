/**
 * Generated block YAML for the block reader's equality test: YAML 1.1 scalars, quoting, escapes,
 * block scalars, compact collections, comments and small damage, from a seeded generator.
 */

/** A small seeded generator (mulberry32): the same documents on every run. */
export function generator(seed: number): {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
} {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

/** Scalars as they follow `key: ` or `- `: YAML 1.1's numbers, bools and nulls, quoting, escapes, indicators, flow collections. */
const SCALARS = [
  'a',
  'web',
  'nginx:1.27',
  'http://x:80/y?a=b#c',
  'a b  c',
  'a #b',
  'a#b',
  'a:b',
  '-a',
  '-',
  '-1',
  ':a',
  '?a',
  '? a',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'y',
  'Y',
  'yes',
  'No',
  'on',
  'OFF',
  'true',
  'False',
  'n',
  '0',
  '-0',
  '+0',
  '0.0',
  '-0.0',
  '012',
  '09',
  '0o17',
  '0x1F',
  '0x_1F',
  '0b101',
  '-0b101',
  '1_000',
  '1__0',
  '1:20',
  '190:20:30.15',
  '1e3',
  '1E-3',
  '1.5e+3',
  'e5',
  '.5',
  '5.',
  '.',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  '123456789012345678901234567890',
  '9007199254740993',
  '-9007199254740993',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '"a"',
  '"a\\"b"',
  '"\\x41\\u00e9\\t\\n\\\\"',
  '"\\N\\_\\L\\P\\ \\/\\0\\a\\b\\e\\f\\r\\v"',
  '"\\q"',
  '"\\x4"',
  '"\\u12"',
  '"a\\',
  '"unterminated',
  "'a'",
  "'it''s'",
  "''",
  "''''",
  '""',
  "'a' b",
  '"a" #c',
  '"a"#c',
  '"a"b',
  "'#'",
  "'a",
  '[]',
  '{}',
  '[ ]',
  '[a, b]',
  '[ a ,b, ]',
  '["a", \'b\', 1, yes, ~]',
  '[a b, -c, :d, e:f]',
  '[-, a]',
  '[a,,b]',
  '[,]',
  '{a: 1, "b": c}',
  '{a: }',
  '{a: , b: 2}',
  '{a:1}',
  '{"a":1}',
  '{a, b}',
  '{a: 1, a: 2}',
  '{null: 1}',
  '{1: a}',
  '[a: 1]',
  '[a, [b]]',
  '{a: [b]}',
  '[a] b',
  '[a] # c',
  '[a',
  '[a #c]',
  '&x a',
  '*x',
  '!!str a',
  '!x a',
  '%a',
  '@a',
  '`a`',
  '|a',
  '>a',
  ',a',
  ']a',
  '}a',
  'a, b',
  'a [b] {c}',
  'a: b',
  'a:',
  'a :b',
  'é',
  'a\\b',
  'x\u00a0y',
  'a  ',
  'a # b: c',
  // Over several lines: quoted scalars fold, flow collections go on.
  '"a\n  b"',
  "'a\n\n  b'",
  '"a \\\n  b"',
  "'a  \n   b  '",
  '"x\n"',
  "'a\n...'",
  '"a\n\n\n b\\tc  \n d"',
  '[\n  a,\n  "b",\n]',
  '[a\n , b]',
  '[a\n b]',
  '{a:\n 1}',
  '{a\n : 1}',
  '[a, # c\n b]',
  '[ "a"#c\n]',
  '{"a"\n: 1}',
  '[a #c]',
  '[\n"a",\n"b"\n]',
  '[- a]',
];

const KEYS = [
  'a',
  'b',
  'c',
  'metadata',
  'app.kubernetes.io/name',
  'a b',
  'a#b',
  'x:y',
  '-k',
  '"quoted"',
  "'single'",
  '"a b"',
  '"null"',
  '""',
  "'it''s'",
  '"\\u00e9"',
  '"k\\"q"',
  '1',
  '0x1F',
  'yes',
  'on',
  'null',
  '~',
  'e5',
  '.inf',
  '<<',
  '__proto__',
  'toString',
  'constructor',
  '[a]',
  '{a: 1}',
  '? a',
  '&a k',
  '*a',
  '!t k',
  'k ',
];

/** What manifests mostly hold: most generated entries come from these, so most documents are read, not given up. */
const COMMON_SCALARS = [
  'a',
  'web',
  'nginx:1.27',
  'a b',
  '1',
  '-1',
  '0.5',
  'true',
  'no',
  '~',
  '"a"',
  "'b'",
  '[a, 1]',
  '{}',
  '[]',
  "'a\n  b'",
  '[\n  "a",\n  b\n]',
];
const COMMON_KEYS = ['a', 'b', 'c', 'd', 'metadata', 'app.kubernetes.io/name', '"quoted"'];

const BLOCK_HEADERS = [
  '|',
  '|-',
  '|+',
  '>',
  '>-',
  '>+',
  '|2',
  '|1-',
  '>2+',
  '| # c',
  '|-  #c',
  '|0',
  '|-+',
  '|#',
  '|2 x',
  '>10',
];

/** A random document: block mappings and sequences with the pieces above, comments, blank lines and odd spacing. */
export function randomDocument(random: ReturnType<typeof generator>): string {
  const lines: string[] = [];
  const pad = (n: number): string => ' '.repeat(n);
  const step = (): number => random.pick([1, 2, 2, 2, 3, 4]);
  const extras = (indent: number): void => {
    if (random.chance(0.08)) lines.push('');
    if (random.chance(0.05)) lines.push(pad(random.pick([0, indent, indent + 3])) + '# comment');
    if (random.chance(0.03)) lines.push(pad(random.pick([1, 5])));
  };
  const inline = (): string => {
    const value = random.pick(random.chance(0.85) ? COMMON_SCALARS : SCALARS);
    const comment = random.chance(0.1) ? random.pick([' # c', '  #c', '#c']) : '';
    return value + comment + (random.chance(0.1) ? random.pick([' ', '  ']) : '');
  };
  const blockScalar = (indent: number): void => {
    const body = indent + random.pick([0, 1, 2, 4]);
    const count = random.pick([0, 1, 2, 3, 5]);
    for (let i = 0; i < count; i++) {
      if (random.chance(0.2)) lines.push(random.chance(0.5) ? '' : pad(random.pick([1, body, body + 3])));
      const extra = random.chance(0.2) ? random.pick([1, 2, 4]) : 0;
      lines.push(pad(body + extra) + random.pick(['text', 'more text', '  spaced', '# not a comment', 'a: b', '- x']));
    }
    if (random.chance(0.3)) lines.push('');
    if (random.chance(0.1)) lines.push('', '');
  };
  const multiLinePlain = (indent: number): void => {
    for (let i = random.pick([1, 2]); i > 0; i--) {
      if (random.chance(0.2)) lines.push('');
      lines.push(pad(indent + random.pick([0, 1, 2, 3])) + random.pick(['more', 'b c', 'x: y', '# c', '- d', 'e #f']));
    }
  };
  const mapping = (indent: number, depth: number, firstPrefix?: string): void => {
    const count = random.pick([1, 1, 2, 3, 4]);
    for (let i = 0; i < count; i++) {
      const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad(indent);
      const key = random.pick(random.chance(0.9) ? COMMON_KEYS : KEYS) + random.pick([':', ':', ':', ' :', ':']);
      const kind =
        depth > 4
          ? random.pick(['scalar', 'empty'])
          : random.pick(['scalar', 'scalar', 'map', 'seq', 'block', 'empty', 'plain']);
      if (kind === 'scalar') lines.push(`${prefix}${key} ${inline()}`);
      else if (kind === 'empty') lines.push(`${prefix}${key}${random.pick(['', ' ', ' # c'])}`);
      else if (kind === 'block') {
        lines.push(`${prefix}${key} ${random.pick(BLOCK_HEADERS)}`);
        blockScalar(indent + step());
      } else if (kind === 'plain') {
        lines.push(`${prefix}${key} ${random.pick(['a', 'b c', '1', 'yes'])}`);
        multiLinePlain(indent + 1);
      } else if (kind === 'map') {
        lines.push(`${prefix}${key}${random.pick(['', ' # c'])}`);
        extras(indent);
        mapping(indent + step(), depth + 1);
      } else {
        lines.push(`${prefix}${key}`);
        sequence(indent + random.pick([0, 0, 2, 1]), depth + 1);
      }
      extras(indent);
    }
  };
  const sequence = (indent: number, depth: number, firstPrefix?: string): void => {
    const count = random.pick([1, 2, 3]);
    for (let i = 0; i < count; i++) {
      const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad(indent);
      const dash = random.pick(['- ', '- ', '-  ', '-   ']);
      const kind =
        depth > 4
          ? 'scalar'
          : random.pick(['scalar', 'scalar', 'compact-map', 'compact-seq', 'empty', 'own-line', 'block']);
      if (kind === 'scalar') lines.push(`${prefix}${dash}${inline()}`);
      else if (kind === 'compact-map') mapping(indent + dash.length, depth + 1, prefix + dash);
      else if (kind === 'compact-seq') sequence(indent + dash.length, depth + 1, prefix + dash);
      else if (kind === 'empty') lines.push(`${prefix}-${random.pick(['', ' # c'])}`);
      else if (kind === 'block') {
        lines.push(`${prefix}${dash}${random.pick(BLOCK_HEADERS)}`);
        blockScalar(indent + step());
      } else {
        lines.push(`${prefix}-`);
        if (random.chance(0.5)) mapping(indent + step(), depth + 1);
        else sequence(indent + step(), depth + 1);
      }
      extras(indent);
    }
  };
  if (random.chance(0.3)) lines.push(random.pick(['---', '--- # c', '---  ']));
  if (random.chance(0.8)) mapping(random.pick([0, 0, 0, 2]), 0);
  else sequence(0, 0);
  let text = lines.join('\n') + random.pick(['\n', '\n', '', '\n\n']);
  // Small damage: a space, a character or a line break more or less somewhere.
  for (let damage = random.chance(0.2) ? random.pick([1, 2]) : 0; damage > 0; damage--) {
    const at = Math.floor(random.next() * text.length);
    text = random.chance(0.5)
      ? text.slice(0, at) + text.slice(at + 1)
      : text.slice(0, at) + random.pick([' ', ':', '#', '-', "'", '"', '\n', '|', '[']) + text.slice(at);
  }
  return text;
}
