/**
 * Text from the input (file names, names and values in messages, rule ids from a config) reaches
 * terminals and CI logs. Control characters in it could retitle the terminal (ESC ] 0;…BEL), clear
 * the screen, overwrite a line with CR, or start a new line that GitHub Actions reads as a
 * workflow command (`::add-mask::`). Every human-facing output shows them as escapes instead.
 */

/**
 * C0 controls but tab, DEL, C1 controls (0x9B is a one-byte CSI on some terminals), line and
 * paragraph separators, and bidirectional overrides that reorder what a reader sees.
 */
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/** The text with every control character shown as an escape: `\n`, `\r`, `\e`, `\x07`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return (
      NAMED[char] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

/** Each line of a multi-line text made printable on its own, so only the line breaks meant stay. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
