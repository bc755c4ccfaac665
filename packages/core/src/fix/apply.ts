import type { TextEdit } from '../types.js';

/**
 * Applies edits to a text. Overlapping edits are skipped (the next pass picks them up), so a fix
 * can never corrupt its neighbour's span; everything outside the edited spans stays byte-identical.
 */
export function applyEdits(
  text: string,
  edits: readonly TextEdit[],
): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  let applied = 0;
  let skipped = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      skipped++;
      continue;
    }
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied, skipped };
}

/** Renders a scalar for a YAML value position, quoting only when a plain scalar would be misread. */
export function renderScalar(value: string | number | boolean, originalSource: string): string {
  if (typeof value !== 'string') return String(value);
  const quote = originalSource.startsWith("'") ? "'" : originalSource.startsWith('"') ? '"' : '';
  if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
  if (quote === '"' || needsQuotes(value)) return JSON.stringify(value);
  return value;
}

function needsQuotes(value: string): boolean {
  if (value === '') return true;
  if (
    /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(
      value,
    )
  )
    return true;
  if (/^[-+]?(?:\d|\.\d)/.test(value)) return true;
  return /^[\s!&*?|>'"%@`{}[\],#-]|[:#]\s|\s$|:$/.test(value);
}
