import {
  BACKSLASH,
  BlockText,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DASH,
  DOUBLE_QUOTE,
  GREATER,
  HASH,
  LF,
  NOT_PLAIN_START,
  OPEN_BRACE,
  PLUS,
  QUESTION,
  SINGLE_QUOTE,
  SPACE,
  giveUp,
  leaveToPrecise,
} from './block-text.js';
import { HEX_ESCAPE_LENGTHS, SIMPLE_ESCAPES } from './escapes.js';

/** `[`, `]`, `{`, `}` and `,`: they end a plain scalar inside a flow collection. */
const FLOW_INDICATOR = new Uint8Array(128);
for (const character of ',[]{}') FLOW_INDICATOR[character.charCodeAt(0)] = 1;

/**
 * The block reader's scalars: plain, quoted and block scalars and flow collections of scalars, each
 * read as js-yaml reads it.
 */
export abstract class ScalarReader extends BlockText {
  /**
   * A plain scalar at `at`, folded over the deeper lines that continue it as js-yaml's
   * `readPlainScalar` folds them; `after` is set where the scan of its last line stopped.
   */
  protected plain(at: number, column: number): unknown {
    const text = this.text;
    let raw: string | undefined;
    let fold = '';
    for (let segmentStart = at; ;) {
      let last = segmentStart;
      let i = segmentStart;
      for (; i < this.end; i++) {
        const character = text.charCodeAt(i);
        if (character === LF) break;
        if (character === HASH && text.charCodeAt(i - 1) === SPACE) break;
        // `key: a: b` is an error, `key: a:` too.
        if (character === COLON && this.spaceOrEnd(i + 1)) giveUp();
        if (character !== SPACE) last = i + 1;
      }
      const segment = text.slice(segmentStart, last);
      raw = raw === undefined ? segment : raw + fold + segment;
      this.after = i;
      if (i >= this.end || text.charCodeAt(i) === HASH) break;
      // Blank lines between continue it too: one line break folds to a space, more keep all but one.
      let breaks = 1;
      let line = i + 1;
      let first = line + this.indent(line);
      while (first < this.end && text.charCodeAt(first) === LF) {
        breaks++;
        line = first + 1;
        first = line + this.indent(line);
      }
      if (first >= this.end || first - line <= column || text.charCodeAt(first) === HASH) break;
      fold = breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      segmentStart = first;
    }
    return this.plainValue(raw);
  }

  /**
   * A literal or folded block scalar, as js-yaml's `readBlockScalar` reads it, the value of an entry
   * of a collection in column `column`.
   */
  protected blockScalar(at: number, column: number): string {
    const folding = this.text.charCodeAt(at) === GREATER;
    const nodeIndent = column + 1;
    let chomping: 'clip' | 'keep' | 'strip' = 'clip';
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let position = at + 1;
    for (let code = this.code(position); ; code = this.code(++position)) {
      if (code === PLUS || code === DASH) {
        if (chomping !== 'clip') giveUp();
        chomping = code === PLUS ? 'keep' : 'strip';
      } else if (code >= 0x30 && code <= 0x39) {
        if (code === 0x30 || detectedIndent) giveUp();
        textIndent = nodeIndent + code - 0x30 - 1;
        detectedIndent = true;
      } else break;
    }
    let code = this.code(position);
    if (code === SPACE) {
      position = this.skipSpaces(position);
      if (this.code(position) === HASH) {
        const newline = this.text.indexOf('\n', position);
        position = newline === -1 || newline >= this.end ? this.end : newline;
      }
      code = this.code(position);
    }
    if (code !== LF) giveUp();
    let result = '';
    let didReadContent = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    let lineIndent = 0;
    while (code !== 0) {
      // At a line break: read the next line's indentation.
      position++;
      lineIndent = 0;
      code = this.code(position);
      while ((!detectedIndent || lineIndent < textIndent) && code === SPACE) {
        lineIndent++;
        code = this.code(++position);
      }
      if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent;
      if (code === LF) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) giveUp();
      if (lineIndent < textIndent) {
        if (chomping === 'keep') result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        else if (chomping === 'clip' && didReadContent) result += '\n';
        break;
      }
      if (folding) {
        // More-indented lines are not folded.
        if (code === SPACE) {
          atMoreIndented = true;
          result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          result += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) result += ' ';
        } else result += '\n'.repeat(emptyLines);
      } else result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      // The rest of the line is content (no 0 inside: `blockReaderMayRead` refuses such text).
      const captureStart = position;
      const newline = this.text.indexOf('\n', position);
      position = newline === -1 || newline >= this.end ? this.end : newline;
      code = this.code(position);
      result += this.text.slice(captureStart, position);
    }
    // At the end of a text without a final line break, js-yaml adds one; go-yaml does not.
    if (code === 0 && this.text.charCodeAt(this.end - 1) !== LF) leaveToPrecise();
    this.next = code === 0 ? this.end : this.contentLine(position - lineIndent);
    if (this.next < this.end && this.indent(this.next) > column) giveUp();
    return result;
  }

  /**
   * A double-quoted scalar, its lines folded as js-yaml's `readDoubleQuotedScalar` folds them (one line
   * only unless `multiLine`: keys); `after` is set past its closing quote.
   */
  protected doubleQuoted(at: number, multiLine: boolean): string {
    const text = this.text;
    let result = '';
    let captureStart = at + 1;
    let captureEnd = captureStart;
    for (let i = captureStart; ;) {
      if (i >= this.end) giveUp();
      const code = text.charCodeAt(i);
      if (code === DOUBLE_QUOTE) {
        this.after = i + 1;
        return result + text.slice(captureStart, i);
      }
      if (code === LF) {
        if (!multiLine) giveUp();
        result += text.slice(captureStart, captureEnd);
        i = this.foldLines(i);
        result += this.fold;
        captureStart = captureEnd = i;
        continue;
      }
      if (code !== BACKSLASH) {
        i++;
        if (code !== SPACE) captureEnd = i;
        continue;
      }
      result += text.slice(captureStart, i);
      // A backslash that ends the text leaves the scalar unclosed: js-yaml reports it.
      const escape = i + 1 < this.end ? text.charCodeAt(i + 1) : giveUp();
      const simple = SIMPLE_ESCAPES[escape];
      if (escape === LF) {
        // An escaped line break: the next line's indentation goes, nothing is added.
        if (!multiLine) giveUp();
        i = this.foldLines(i + 1);
        // Blank lines after it: js-yaml drops them, go-yaml keeps each as a line break.
        if (this.fold !== ' ') leaveToPrecise();
      } else if (escape === SINGLE_QUOTE) {
        // go-yaml's escape, not js-yaml's: js-yaml refuses it (texts holding one take the positioned path).
        giveUp();
      } else if (simple !== undefined) {
        result += simple;
        i += 2;
      } else {
        const length = HEX_ESCAPE_LENGTHS[escape] ?? giveUp();
        const digits = text.slice(i + 2, i + 2 + length);
        if (i + 2 + length > this.end || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) giveUp();
        const codePoint = parseInt(digits, 16);
        result +=
          codePoint <= 0xffff
            ? String.fromCharCode(codePoint)
            : String.fromCharCode(((codePoint - 0x10000) >> 10) + 0xd800, ((codePoint - 0x10000) & 0x3ff) + 0xdc00);
        i += 2 + length;
      }
      captureStart = captureEnd = i;
    }
  }

  /**
   * A single-quoted scalar, its lines folded as js-yaml's `readSingleQuotedScalar` folds them (one line
   * only unless `multiLine`: keys); `after` is set past its closing quote.
   */
  protected singleQuoted(at: number, multiLine: boolean): string {
    const text = this.text;
    let result = '';
    let captureStart = at + 1;
    let captureEnd = captureStart;
    for (let i = captureStart; ;) {
      if (i >= this.end) giveUp();
      const code = text.charCodeAt(i);
      if (code === SINGLE_QUOTE) {
        result += text.slice(captureStart, i);
        if (i + 1 < this.end && text.charCodeAt(i + 1) === SINGLE_QUOTE) {
          // `''` is one quote: the second starts the next segment.
          captureStart = i + 1;
          i += 2;
          captureEnd = i;
          continue;
        }
        this.after = i + 1;
        return result;
      }
      if (code === LF) {
        if (!multiLine) giveUp();
        result += text.slice(captureStart, captureEnd);
        i = this.foldLines(i);
        result += this.fold;
        captureStart = captureEnd = i;
        continue;
      }
      i++;
      if (code !== SPACE) captureEnd = i;
    }
  }

  /**
   * From a line break inside a quoted scalar to the next line's content, as js-yaml's
   * `skipSeparationSpace` goes; `fold` is set to what the breaks fold to.
   */
  protected foldLines(at: number): number {
    const text = this.text;
    let breaks = 0;
    let position = at;
    for (;;) {
      position = this.skipSpaces(position);
      if (position >= this.end || text.charCodeAt(position) !== LF) break;
      breaks++;
      position++;
    }
    // Called at a line break; without one the scalar is not what this reader expects.
    if (breaks === 0) giveUp();
    // A `---` or `...` at a line's start ends the document inside the scalar: an error in js-yaml.
    if (
      position < this.end &&
      text.charCodeAt(position - 1) === LF &&
      (text.startsWith('---', position) || text.startsWith('...', position)) &&
      (position + 3 >= this.end || this.spaceOrEnd(position + 3))
    )
      giveUp();
    this.fold = breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    return position;
  }

  /** A flow sequence or mapping of scalars (on one line or several). */
  protected flowCollection(at: number): unknown {
    const text = this.text;
    const isMapping = text.charCodeAt(at) === OPEN_BRACE;
    const terminator = isMapping ? CLOSE_BRACE : CLOSE_BRACKET;
    const array: unknown[] = [];
    const object: Record<string, unknown> = {};
    this.enter();
    let position = at + 1;
    let readNext = true;
    for (;;) {
      position = this.flowSpace(position);
      if (position >= this.end) giveUp();
      const code = text.charCodeAt(position);
      if (code === terminator) break;
      if (!readNext || code === COMMA) giveUp();
      const keyStart = position;
      const key = this.flowScalar(position);
      position = this.flowSpace(this.after);
      if (position < this.end && text.charCodeAt(position) === COLON) {
        // js-yaml pairs a key with a `:` on the line where the key starts only.
        if (!isMapping || text.lastIndexOf('\n', position - 1) >= keyStart) giveUp();
        position = this.flowSpace(position + 1);
        const valueCode = position < this.end ? text.charCodeAt(position) : LF;
        let value: unknown = null;
        if (valueCode !== COMMA && valueCode !== CLOSE_BRACE) {
          value = this.flowScalar(position);
          position = this.flowSpace(this.after);
        } else this.count();
        // A key read as a number or boolean may be spelled otherwise (`{0755: x}`): its text is looked at when asked.
        if (typeof key !== 'string') this.keyMisread = true;
        const name = this.keyName(key);
        if (Object.prototype.hasOwnProperty.call(object, name)) giveUp();
        object[name] = value;
      } else if (isMapping) giveUp();
      else array.push(key);
      if (position < this.end && text.charCodeAt(position) === COMMA) {
        readNext = true;
        position++;
      } else readNext = false;
    }
    this.after = position + 1;
    this.depth--;
    return isMapping ? object : array;
  }

  /** A quoted or plain scalar inside a flow collection; `after` is set past it. */
  protected flowScalar(at: number): unknown {
    const text = this.text;
    const code = text.charCodeAt(at);
    this.count();
    if (code === DOUBLE_QUOTE) return this.doubleQuoted(at, true);
    if (code === SINGLE_QUOTE) return this.singleQuoted(at, true);
    if (code < 128 && NOT_PLAIN_START[code] === 1) giveUp();
    if ((code === DASH || code === QUESTION) && this.flowBreak(at + 1)) giveUp();
    // go-yaml takes every `:` in a flow collection for a value indicator (js-yaml reads `:d` as a scalar).
    if (code === COLON) giveUp();
    let last = at;
    let position = at;
    for (; position < this.end; position++) {
      const character = text.charCodeAt(position);
      if (character === LF) {
        // It ends where the next line with content starts with a flow indicator or a comment; else it goes on.
        const next = this.flowSpace(position, false);
        const following = next < this.end ? text.charCodeAt(next) : LF;
        if (following !== HASH && !(following < 128 && FLOW_INDICATOR[following] === 1)) giveUp();
        break;
      }
      if (character === HASH && text.charCodeAt(position - 1) === SPACE) break;
      if (character === COLON && this.flowBreak(position + 1)) break;
      if (character < 128 && FLOW_INDICATOR[character] === 1) break;
      if (character !== SPACE) last = position + 1;
    }
    if (last === at) giveUp();
    this.after = position;
    return this.plainValue(text.slice(at, last));
  }

  /** The offset after spaces, line breaks and (unless `comments` is false) comments from `at`, as js-yaml skips them in flow collections. */
  protected flowSpace(at: number, comments = true): number {
    const text = this.text;
    for (;;) {
      at = this.skipSpaces(at);
      if (at >= this.end) return at;
      let code = text.charCodeAt(at);
      if (code === HASH && comments) {
        at = this.lineAfter(at) - 1;
        if (at < this.end - 1) code = LF;
        else return this.end;
      }
      if (code !== LF) return at;
      at++;
    }
  }

  /** Whether a space, line break or flow indicator is at `at` (a `:` or `-` before one is no plain scalar's). */
  protected flowBreak(at: number): boolean {
    if (at >= this.end) return true;
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === LF || (code < 128 && FLOW_INDICATOR[code] === 1);
  }
}
