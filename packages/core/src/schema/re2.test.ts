import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRe2, compileWithRe2js, type Re2Matcher } from './re2.js';
import { nativeEquivalent } from './re2-native.js';

// V8's RegExp stands in for re2js only where the two accept the same texts: each pattern it takes
// is compared with re2js (the port of Go's regexp the rest of podlint trusts) on texts made of the
// pattern's own characters and of the characters where the engines' defaults differ.

/** Characters where JavaScript's defaults and Go's differ: line ends, Unicode spaces and digits, surrogates. */
const EDGES = [
  '\n',
  '\r',
  '\t',
  '\v',
  '\f',
  ' ',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufeff',
  '\u0663',
  '\u212a',
  '\u017f',
  'é',
  '\u{1f600}',
  '\ud800',
  '\udc00',
  '_',
  '-',
  '.',
  '0',
  '9',
  'a',
  'Z',
  '{',
  '}',
  ']',
  '\\',
  '\u0000',
  '\u007f',
  '\u00ff',
  'K',
  'k',
  'S',
  's',
  '\u00df',
  '\u1e9e',
  '\u03c3',
  '\u03c2',
  '\u03a3',
  '\u0130',
  '\u0131',
];

/** The CRD patterns of the bench corpus, and more of the kinds CRDs use. */
const PLAIN = [
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
  '^(\\d+(e\\d+)?|\\d+(\\.\\d+)?(e\\d+)?[EPTGMK]i?)$',
  '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$',
  '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$',
  '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$',
  '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
  '^(\\d+m|\\d+(\\.\\d{1,3})?)$',
  '[\\x00-\\xFF]+',
  '[a-z]([-a-z0-9]*[a-z0-9])?',
  "\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]*$",
  "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$",
  '^(none|all|top ([1-9]|[1-9][0-9]|[1-9][0-9]{2,4}|100000))$',
  '^(http|https|socks5)://.+$',
  '^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$',
  '^([1-9]|[1-5][0-9]|6[0-4])k$',
  '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$',
  '^\\ *((Mon|Tue|Wed|Thu|Fri|Sat|Sun):(2[0-3]|[01]?\\d):([0-5]?\\d)|(2[0-3]|[01]?\\d):([0-5]?\\d))-((2[0-3]|[01]?\\d):([0-5]?\\d)|(2[0-3]|[01]?\\d):([0-5]?\\d))\\ *$',
  '^([^$\\s."\'])*$',
  '(^0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$',
  '[a-z][a-z0-9-]{0,61}[a-z0-9]',
  '^[^\\n]*$',
  '.',
  '^.{2,4}$',
  '^\\S+$',
  '^\\D\\W$',
  '^[\\w.-]+$',
  '^[-a]$',
  '^[a-]$',
  '^[a-c-e]$',
  '^[%--]+$',
  '^[\\^a]$',
  '^[a^]$',
  '^[^^]$',
  '^(?:ab)+?$',
  '^a{0}$',
  '^a{1000}$',
  '^(a{3})*$',
  '^()*$',
  '^(|a)$',
  '',
  '^\\t\\n\\v\\f\\r$',
  '^[\\t-\\r ]$',
  '^a{2,}$',
  '^a{2}?$',
  '^\\{\\}\\[\\]\\(\\)$',
  '^\\!\\"\\#\\%\\&\\,\\:\\;\\<\\=\\>\\@\\`\\~$',
  '^(?i)[a-z]([-a-z0-9]*[a-z0-9])?$',
  '(?i)\\w+\\W\\S\\s',
  '^(?i)[^k]s$',
  '(?i)^[s-t]+$',
  '(a{2}){3}',
  '((a{2})b){3}',
  '^((\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])\\.(\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])\\.(\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])\\.(\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])\\/(\\d|[1-2]\\d|3[0-2])|(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))$',
];

/** Patterns left to re2js: RE2 refuses them, reads them otherwise than V8, or might. */
const LEFT_TO_RE2JS = [
  'a(?i)b',
  '(a(?i)b)',
  '^a|(?i)b',
  '(?i:a)',
  '(?m)^a$',
  '(?P<name>a)',
  '(?<name>a)',
  '(?s).',
  '\\pL',
  '\\p{Greek}',
  '[[:alpha:]]',
  '[]a]',
  '[^]a]',
  '[a-\\d]',
  '[\\d-z]',
  '[\\S]',
  '[z-a]',
  'a{1001}',
  'a{2,1}',
  'a{01}',
  'a{,3}',
  '(a{100}){11}',
  '((a{10})b){101}',
  `(?:${'a'.repeat(200)}){1000}`,
  'a**',
  'a*??',
  '*a',
  'a|*',
  '(*a)',
  '^*',
  '$+',
  'a{2}{3}',
  '\\1',
  '\\b',
  '\\B',
  '\\A',
  '\\z',
  '\\Q.\\E',
  '\\a',
  '\\x{41}',
  '\\_',
  'a}',
  'a]',
  '(a',
  'a)',
  '[a',
  'é',
  '\t',
  'a'.repeat(801),
];

function sameMatches(pattern: string, native: Re2Matcher, texts: readonly string[]): void {
  const re2 = compileWithRe2js(pattern);
  assert.ok(re2.ok, `re2js refuses ${JSON.stringify(pattern)}, which was taken as plain`);
  for (const text of texts)
    assert.equal(
      native.test(text),
      re2.regexp.test(text),
      `${JSON.stringify(pattern)} on ${JSON.stringify(text)}: V8 and re2js disagree`,
    );
}

/** A small deterministic generator (mulberry32), so a failure is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Texts of up to 12 characters from the pattern's own characters and the edge cases. */
function textsFor(pattern: string, next: () => number, count: number): string[] {
  const alphabet = [...new Set([...pattern, ...EDGES])];
  const texts = ['', ...EDGES];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = Math.floor(next() * 13);
    for (let j = 0; j < length; j++) text += pick(next, alphabet);
    texts.push(text);
  }
  return texts;
}

const PIECES = [
  'a',
  'b',
  '0',
  '-',
  '.',
  '_',
  ' ',
  '/',
  ':',
  '\\.',
  '\\-',
  '\\d',
  '\\w',
  '\\s',
  '\\D',
  '\\W',
  '\\S',
  '\\n',
  '\\x41',
  '\\xe9',
  '[a-z]',
  '[^a-z]',
  '[-a0-9]',
  '[a-]',
  '[\\d.]',
  '[\\s_]',
  '[^\\n]',
  '[]',
  '[z-a]',
  '^',
  '$',
  '|',
  '(',
  ')',
  '(?:',
  '(?i)',
  '*',
  '+',
  '?',
  '*?',
  '{2}',
  '{0,3}',
  '{2,}',
  '{10}',
  '{101}',
  '{1001}',
  '{3,1}',
  '{,2}',
  '}',
  ']',
  '\\b',
  '\\pL',
];

describe('compileRe2: V8 for plain patterns, re2js for the rest', () => {
  it('takes the plain patterns of CRDs natively, and they match as re2js matches', () => {
    const next = random(1);
    for (const pattern of PLAIN) {
      const native = nativeEquivalent(pattern);
      assert.ok(native, `${JSON.stringify(pattern)} should be plain`);
      sameMatches(pattern, native, textsFor(pattern, next, 300));
    }
  });

  it('leaves to re2js every pattern RE2 refuses or V8 might read otherwise', () => {
    for (const pattern of LEFT_TO_RE2JS)
      assert.equal(nativeEquivalent(pattern), undefined, `${JSON.stringify(pattern)} should go to re2js`);
  });

  it('says why RE2 refuses a pattern, as before', () => {
    const refused = compileRe2('a**');
    assert.equal(refused.ok, false);
    assert.deepEqual(refused, compileWithRe2js('a**'));
    assert.equal(compileRe2('^[a-z]+$').ok, true);
  });

  it('agrees with re2js on generated patterns', () => {
    const next = random(21);
    let plain = 0;
    for (let i = 0; i < 6000; i++) {
      let pattern = pick(next, ['', '', '', '^', '(?i)', '^(?i)']);
      const length = 1 + Math.floor(next() * 8);
      for (let j = 0; j < length; j++) pattern += pick(next, PIECES);
      const native = nativeEquivalent(pattern);
      if (!native) continue;
      plain++;
      sameMatches(pattern, native, textsFor(pattern, next, 40));
    }
    // The generator must reach the plain patterns often enough to test them.
    assert.ok(plain > 1000, `only ${plain} generated patterns were plain`);
  });
});
