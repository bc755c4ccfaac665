import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  DASH,
  DOUBLE_QUOTE,
  GREATER,
  HASH,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  PIPE,
  PLUS,
  QUESTION,
  SINGLE_QUOTE,
  SPACE,
} from './character-codes.js';
import type { OutlineLeaf } from './outline-reader.js';
import { OutlineText, unsupported } from './outline-text.js';

/** Where the outline's leaves end: plain, quoted and block scalars and flow collections, as eemeli/yaml ranges them. */
export abstract class OutlineScalars extends OutlineText {
  /** A scalar or flow collection starting at `at`, the value of an entry in column `indent`. */
  protected leaf(at: number, indent: number): OutlineLeaf {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === PIPE || code === GREATER) return this.blockScalar(at, indent);
    let end: number;
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) end = this.quoted(at, indent);
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) end = this.flow(at, indent);
    else if (this.isDash(at) || ('&*!%@`,]}?:'.includes(text[at] ?? '') && !this.plainIndicator(at))) unsupported();
    else {
      end = this.plainEnd(at);
      if (end < 0) unsupported();
      end = this.plainContinued(end, indent);
    }
    const next = this.endOfLine(end);
    // A deeper line that is not a comment continues a plain scalar: several lines are left to the parser.
    const line = this.contentLine(next, true);
    if (line < this.end && this.indentAt(line) > indent) unsupported();
    this.next = next;
    return { kind: code === OPEN_BRACKET || code === OPEN_BRACE ? 'flow' : 'scalar', start: at, end };
  }

  /** `-`, `?` and `:` start a plain scalar when a non-space follows them. */
  protected plainIndicator(at: number): boolean {
    const code = this.text.charCodeAt(at);
    const after = this.text.charCodeAt(at + 1);
    return (code === DASH || code === QUESTION || code === COLON) && after !== SPACE && after !== LF && after !== CR;
  }

  /** The end of a plain scalar on this line (before a comment and trailing spaces); -1 when a key indicator follows. */
  protected plainEnd(at: number): number {
    const text = this.text;
    let last = at;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR) break;
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (code === COLON) {
        const after = i + 1 < this.end ? text.charCodeAt(i + 1) : LF;
        if (after === SPACE || after === LF || after === CR) return -1;
      }
      if (code !== SPACE) last = i + 1;
    }
    return last;
  }

  /**
   * Where a plain scalar whose first line ends at `end` ends, over the deeper lines that continue it
   * (an entry's value in column `indent`); the end of its last line.
   */
  protected plainContinued(end: number, indent: number): number {
    const text = this.text;
    for (;;) {
      // A comment ends it.
      const rest = this.skipSpaces(end);
      if (rest < this.end && text.charCodeAt(rest) === HASH) return end;
      let line = this.nextLine(end);
      while (line < this.end && this.blank(line)) line = this.nextLine(line);
      if (line >= this.end || this.indentAt(line) <= indent) return end;
      const first = line + this.indentAt(line);
      // Only letters, digits and the like start a continuation here; anything else is left to the parser.
      if ('&*!|>\'"%@`[]{},#-?:'.includes(text[first] ?? '#')) return end;
      end = this.plainEnd(first);
      if (end < 0) unsupported();
    }
  }

  /**
   * The offset after a quoted scalar's closing quote: on the same line, or (values, `continuation`
   * not -1) on a later line, every line between blank or deeper than column `continuation`.
   */
  protected quoted(at: number, continuation = -1): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === CR || (code === LF && continuation < 0)) unsupported();
      if (code === LF) {
        if (!this.blank(i + 1) && this.indentAt(i + 1) <= continuation) unsupported();
        continue;
      }
      // An escaped line break continues the scalar on the next line.
      if (quote === DOUBLE_QUOTE && code === BACKSLASH) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped === CR || (escaped === LF && continuation < 0)) unsupported();
        if (escaped === LF && !this.blank(i + 2) && this.indentAt(i + 2) <= continuation) unsupported();
        i++;
      } else if (code === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
        else return i + 1;
      }
    }
    return unsupported();
  }

  /** The offset after a quoted scalar that closes on its own line, or -1 when a line break comes first. */
  protected quotedOnLine(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR) return -1;
      if (quote === DOUBLE_QUOTE && code === BACKSLASH) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped === LF || escaped === CR) return -1;
        i++;
      } else if (code === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  /**
   * The offset after a flow collection, the value of an entry in column `indent`: closed on its
   * first line or on a later one, every line between blank or deeper than that column, but for the
   * outermost closing bracket, which eemeli/yaml lets stand in that column (as go-yaml does). A
   * quote opens a quoted scalar only where a node starts (after a bracket, `,` or `: `); inside a
   * plain scalar (`it's`) it is a character, and anywhere else (after `a:`, `?`, an anchor) the
   * parser decides.
   */
  protected flow(at: number, indent: number): number {
    const text = this.text;
    let depth = 0;
    let nodeStart = false;
    for (let i = at; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (code === LF && this.flowContinues(i + 1, indent, depth)) continue;
      if (code === LF || code === CR) break;
      if (code === SPACE) continue;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        if (nodeStart) i = this.quoted(i) - 1;
        else if (!this.insidePlain(i)) unsupported();
        nodeStart = false;
      } else if (code === HASH && text.charCodeAt(i - 1) === SPACE) {
        // A comment runs to the line's end; the line break is read next.
        while (i + 1 < this.end && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
      } else if (code === OPEN_BRACKET || code === OPEN_BRACE || code === COMMA) {
        if (code !== COMMA) depth++;
        nodeStart = true;
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
        depth--;
        if (depth === 0) return i + 1;
        nodeStart = false;
      } else nodeStart = code === COLON && this.spaceOrBreak(i + 1);
    }
    return unsupported();
  }

  /** Whether the quote at `at` continues a plain scalar: a character other than white space or `:` comes right before it. */
  private insidePlain(at: number): boolean {
    const before = this.text.charCodeAt(at - 1);
    return before !== SPACE && before !== LF && before !== CR && before !== COLON;
  }

  private spaceOrBreak(at: number): boolean {
    const code = this.text.charCodeAt(at);
    return code === SPACE || code === LF || code === CR;
  }

  /** Whether a flow collection `depth` deep, the value of an entry in column `indent`, goes on at `line`. */
  private flowContinues(line: number, indent: number, depth: number): boolean {
    if (this.blank(line)) return true;
    const lineIndent = this.indentAt(line);
    if (lineIndent > indent) return true;
    const first = this.text.charCodeAt(line + lineIndent);
    return lineIndent === indent && depth === 1 && (first === CLOSE_BRACKET || first === CLOSE_BRACE);
  }

  /** A block scalar (`|`, `>`, with a chomping indicator): its content is the deeper lines that follow. */
  protected blockScalar(at: number, indent: number): OutlineLeaf {
    const text = this.text;
    let i = at + 1;
    if (text.charCodeAt(i) === PLUS || text.charCodeAt(i) === DASH) i++;
    const header = this.skipSpaces(i);
    const code = header < this.end ? text.charCodeAt(header) : LF;
    if (code !== LF && code !== CR && !(code === HASH && header > i)) unsupported();
    let line = this.nextLine(at);
    let contentIndent = -1;
    let widestLeadingBlank = 0;
    for (; line < this.end; line = this.nextLine(line)) {
      const lineIndent = this.indentAt(line);
      const first = text.charCodeAt(line + lineIndent);
      const blank = line + lineIndent >= this.end || first === LF || first === CR;
      if (blank) {
        if (contentIndent < 0) widestLeadingBlank = Math.max(widestLeadingBlank, lineIndent);
        continue;
      }
      if (contentIndent < 0) {
        if (lineIndent <= indent) break;
        contentIndent = lineIndent;
        continue;
      }
      if (lineIndent >= contentIndent) continue;
      if (lineIndent > indent) unsupported();
      break;
    }
    if (contentIndent < 0 || widestLeadingBlank > contentIndent) unsupported();
    // The caller looks for its next entry from here: blank lines between are skipped there.
    this.next = line;
    return { kind: 'block', start: at, end: -1 };
  }
}
