import { printable } from '../printable.js';
import type { Formatter } from './formatter.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub's own escapes for line breaks, then the other control characters shown as escapes. */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const github: Formatter = (files) => {
  const lines: string[] = [];
  for (const file of files) {
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      lines.push(`::${LEVEL[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
