/**
 * V8's own RegExp for the RE2 patterns it matches exactly as Go's regexp does: compiling a pattern
 * with re2js and matching through it cost more than the rest of CRD validation, and the patterns
 * of CRDs are nearly all of one plain kind (DNS names, quantities, enumerations). A pattern is
 * taken only when it is made of these parts, each of which both engines read alike:
 *
 * - printable ASCII literals, and escapes of punctuation, `\xHH`, `\t \n \v \f \r`;
 * - `\d \w \s \D \W \S` (ASCII in Go; written out as classes, since JavaScript's `\s` is wider);
 * - `.`, written `[^\n]` (JavaScript's dot also stops at `\r`, U+2028 and U+2029);
 * - classes of such literals and ascending ranges, negated or not, not starting with `]`, without
 *   `[` (Go's `[:alpha:]`) or a negated shorthand;
 * - `^` and `$` (both engines anchor them to the whole text without multi-line mode);
 * - capturing and `(?:` groups, `|`, and `* + ?` and `{n}`, `{n,}`, `{n,m}` (n ≤ m ≤ 1000, counts
 *   nested in one another multiplying to 1000 at most, as RE2 wants), each optionally lazy, after
 *   something that can repeat;
 * - `(?i)` at the start (after `^` at most): the whole pattern folds case, as the `i` flag does;
 * - a pattern of at most 800 characters and a program far below RE2's largest.
 *
 * With the `u` flag, both match code points. Matching is a search in both (Go's MatchString, ajv's
 * `test`), and which match a search finds does not change whether it finds one. Anything else,
 * and any pattern RE2 might refuse, goes to re2js as before.
 */

/** Longer patterns go to re2js: RE2 limits how deeply a pattern nests, and a short one stays far below it. */
const MAX_PATTERN_LENGTH = 800;
/** Go's largest repeat count, and the largest product of counts nested in one another. */
const MAX_REPEAT = 1000;
/**
 * The largest program size (re2js's measure, `Parser.calcSize`, over-estimated here) of a pattern
 * taken natively: well under RE2's own limit (re2js refuses more than 1,398,101).
 */
const MAX_SIZE = 100_000;

const SPACE = '\\t\\n\\f\\r\\x20';
const SHORTHANDS: Readonly<Record<string, string>> = {
  d: '[0-9]',
  w: '[0-9A-Za-z_]',
  s: `[${SPACE}]`,
  D: '[^0-9]',
  W: '[^0-9A-Za-z_]',
  S: `[^${SPACE}]`,
};
/** Inside a class: the positive shorthands only. */
const CLASS_SHORTHANDS: Readonly<Record<string, string>> = { d: '0-9', w: '0-9A-Za-z_', s: SPACE };
const CONTROL_ESCAPES = new Set(['t', 'n', 'v', 'f', 'r']);

/** The native RegExp that matches exactly what RE2 matches with `pattern`, or undefined when that is not sure. */
export function nativeEquivalent(pattern: string): RegExp | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return undefined;
  const translation = new Translation(pattern);
  const source = translation.run();
  return source === undefined ? undefined : new RegExp(source, translation.foldCase ? 'iu' : 'u');
}

/** A group being read (the whole pattern is the outermost): its size so far and its counted repetitions. */
interface Frame {
  /** Where the group starts in the output; -1 for the whole pattern. */
  readonly start: number;
  readonly capturing: boolean;
  /** The sizes of its finished alternatives, and how many there are. */
  alternatives: number;
  alternativesSize: number;
  /** The size of the alternative being read. */
  size: number;
  /** The largest product of repeat counts nested in it. */
  repeats: number;
}

/** What a quantifier that comes next would repeat. */
interface Atom {
  /** Where it starts in the output. */
  readonly start: number;
  readonly size: number;
  readonly repeats: number;
}

class Translation {
  private at = 0;
  private out = '';
  /** `(?i)` at the start: the whole pattern matches case-insensitively. */
  foldCase = false;
  private readonly frames: Frame[] = [newFrame(-1, false)];
  /** Undefined at the start, after `(`, `|`, `^`, `$` and after a quantifier: nothing to repeat. */
  private atom: Atom | undefined;

  constructor(private readonly pattern: string) {}

  run(): string | undefined {
    const { pattern } = this;
    while (this.at < pattern.length) {
      const char = pattern[this.at] ?? '';
      let ok: boolean;
      switch (char) {
        case '(':
          ok = this.openGroup();
          break;
        case ')':
          ok = this.closeGroup();
          break;
        case '|': {
          this.at++;
          this.out += '|';
          const frame = this.frame();
          frame.alternatives++;
          frame.alternativesSize += Math.max(1, frame.size);
          frame.size = 0;
          this.atom = undefined;
          ok = true;
          break;
        }
        case '^':
        case '$':
          this.at++;
          this.out += char;
          this.frame().size++;
          this.atom = undefined;
          ok = true;
          break;
        case '*':
        case '+':
        case '?':
        case '{':
          ok = this.quantifier();
          break;
        case '[':
          ok = this.single(() => this.charClass());
          break;
        case '.':
          ok = this.single(() => {
            this.at++;
            this.out += '[^\\n]';
            return true;
          });
          break;
        case '\\':
          ok = this.single(() => this.escape());
          break;
        default:
          ok = this.single(() => {
            if (!isPlainLiteral(char)) return false;
            this.at++;
            this.out += literal(char);
            return true;
          });
      }
      if (!ok) return undefined;
    }
    const [whole, ...open] = this.frames;
    if (!whole || open.length > 0) return undefined;
    return frameSize(whole) <= MAX_SIZE ? this.out : undefined;
  }

  private frame(): Frame {
    return this.frames[this.frames.length - 1] as Frame;
  }

  /** One character, class or escape: size 1. */
  private single(read: () => boolean): boolean {
    const start = this.out.length;
    if (!read()) return false;
    this.frame().size++;
    this.atom = { start, size: 1, repeats: 1 };
    return true;
  }

  private openGroup(): boolean {
    const start = this.out.length;
    let capturing = true;
    if (this.pattern.startsWith('(?:', this.at)) {
      this.at += 3;
      this.out += '(?:';
      capturing = false;
    } else if (this.pattern.startsWith('(?i)', this.at) && /^\^*$/.test(this.out) && this.frames.length === 1) {
      // Case-insensitive from the start on: the flag of the whole RegExp.
      this.at += 4;
      this.foldCase = true;
      return true;
    } else if (this.pattern[this.at + 1] === '?') return false;
    else {
      this.at++;
      this.out += '(';
    }
    this.frames.push(newFrame(start, capturing));
    this.atom = undefined;
    return true;
  }

  private closeGroup(): boolean {
    if (this.frames.length < 2) return false;
    const group = this.frames.pop() as Frame;
    this.at++;
    this.out += ')';
    const size = Math.max(1, frameSize(group) + (group.capturing ? 2 : 0));
    const outer = this.frame();
    outer.size += size;
    outer.repeats = Math.max(outer.repeats, group.repeats);
    this.atom = { start: group.start, size, repeats: group.repeats };
    return true;
  }

  private quantifier(): boolean {
    const { atom, pattern } = this;
    if (!atom) return false;
    const char = pattern[this.at];
    let size: number;
    let repeats = atom.repeats;
    if (char === '{') {
      // Go reads a count with a leading zero as no count at all, and the brace as a literal.
      const counted = /^\{(0|[1-9]\d{0,3})(,(0|[1-9]\d{0,3})?)?\}/.exec(pattern.slice(this.at));
      if (!counted) return false;
      const min = Number(counted[1]);
      const unbounded = counted[2] !== undefined && counted[3] === undefined;
      const max = unbounded ? -1 : counted[3] === undefined ? min : Number(counted[3]);
      if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) return false;
      // RE2 refuses counts whose product, nested, passes 1000.
      const count = max === -1 ? min : max;
      if (count > 0) repeats *= count;
      if (repeats > MAX_REPEAT) return false;
      size = unbounded ? (min === 0 ? 2 + atom.size : 1 + min * atom.size) : max * atom.size + (max - min);
      this.at += counted[0].length;
      this.out += counted[0];
    } else {
      size = atom.size + (char === '*' ? 2 : 1);
      this.at++;
      this.out += char;
    }
    if (pattern[this.at] === '?') {
      this.at++;
      this.out += '?';
    }
    const frame = this.frame();
    frame.size += Math.max(1, size) - atom.size;
    frame.repeats = Math.max(frame.repeats, repeats);
    // A quantifier on a quantifier: RE2 refuses it with a reason of its own.
    this.atom = undefined;
    return true;
  }

  private escape(): boolean {
    const { pattern } = this;
    const next = pattern[this.at + 1];
    if (next === undefined) return false;
    const shorthand = SHORTHANDS[next];
    if (shorthand !== undefined) {
      this.at += 2;
      this.out += shorthand;
      return true;
    }
    const code = escapedCode(pattern, this.at);
    if (code === undefined) return false;
    this.at += code.length;
    this.out += code.text;
    return true;
  }

  private charClass(): boolean {
    const { pattern } = this;
    let at = this.at + 1;
    let text = '[';
    if (pattern[at] === '^') {
      text += '^';
      at++;
    }
    if (pattern[at] === ']') return false;
    for (;;) {
      const char = pattern[at];
      if (char === undefined || char === '[') return false;
      if (char === ']') break;
      let low: { text: string; value: number; length: number } | undefined;
      if (char === '\\') {
        const shorthand = CLASS_SHORTHANDS[pattern[at + 1] ?? ''];
        if (shorthand !== undefined) {
          if (pattern[at + 2] === '-' && pattern[at + 3] !== ']') return false;
          text += shorthand;
          at += 2;
          continue;
        }
        low = escapedCode(pattern, at);
      } else if (isClassLiteral(char)) low = { text: literal(char), value: char.charCodeAt(0), length: 1 };
      if (!low) return false;
      at += low.length;
      text += low.text;
      // A '-' before ']' is a literal in both.
      if (pattern[at] === '-' && pattern[at + 1] !== ']') {
        const highChar = pattern[at + 1];
        const high =
          highChar === '\\'
            ? escapedCode(pattern, at + 1)
            : highChar !== undefined && isClassLiteral(highChar)
              ? { text: literal(highChar), value: highChar.charCodeAt(0), length: 1 }
              : undefined;
        if (!high || high.value < low.value) return false;
        at += 1 + high.length;
        text += '-' + high.text;
      }
    }
    this.at = at + 1;
    this.out += text + ']';
    return true;
  }
}

function newFrame(start: number, capturing: boolean): Frame {
  return { start, capturing, alternatives: 0, alternativesSize: 0, size: 0, repeats: 1 };
}

/** A group's size as re2js measures an alternation: its alternatives, and one more for each but the first. */
function frameSize(frame: Frame): number {
  return frame.alternativesSize + Math.max(1, frame.size) + frame.alternatives;
}

/** An escape that stands for one character (`\.`, `\x41`, `\n`) at `at`, as JavaScript writes it. */
function escapedCode(pattern: string, at: number): { text: string; value: number; length: number } | undefined {
  const next = pattern[at + 1];
  if (next === undefined) return undefined;
  if (next === 'x') {
    const hex = /^[0-9A-Fa-f]{2}/.exec(pattern.slice(at + 2, at + 4));
    if (!hex) return undefined;
    return { text: `\\x${hex[0]}`, value: parseInt(hex[0], 16), length: 4 };
  }
  if (CONTROL_ESCAPES.has(next)) return { text: `\\${next}`, value: controlValue(next), length: 2 };
  // Go: an escaped character that is not a letter or digit is itself.
  const code = next.charCodeAt(0);
  if (code >= 0x20 && code < 0x7f && !/[0-9A-Za-z_]/.test(next)) return { text: literal(next), value: code, length: 2 };
  return undefined;
}

function controlValue(letter: string): number {
  return { t: 9, n: 10, v: 11, f: 12, r: 13 }[letter] ?? 0;
}

/** A character outside classes that is itself in both engines. */
function isPlainLiteral(char: string): boolean {
  return isPrintableAscii(char) && !'\\^$.|?*+()[]{}'.includes(char);
}

function isClassLiteral(char: string): boolean {
  return isPrintableAscii(char) && !'\\[]'.includes(char);
}

function isPrintableAscii(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x20 && code < 0x7f;
}

/** A literal as JavaScript's `u` mode takes it anywhere: letters and digits as they are, the rest as `\xHH`. */
function literal(char: string): string {
  return /[0-9A-Za-z]/.test(char) ? char : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
