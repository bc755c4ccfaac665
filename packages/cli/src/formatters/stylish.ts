import { printable } from '../printable.js';
import type { Formatter } from './formatter.js';

const COLORS = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, underline: 4, green: 32 } as const;

/** ESLint's stylish layout: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
export const stylish: Formatter = (files, { color, summary, failedInputs }) => {
  const paint = (code: keyof typeof COLORS, text: string): string =>
    color ? `\u001b[${COLORS[code]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  for (const file of files) {
    if (file.findings.length === 0) continue;
    lines.push('', paint('underline', printable(file.file)));
    const rows = file.findings.map((finding) => ({
      where: `${finding.range.start.line}:${finding.range.start.column}`,
      severity: finding.severity,
      message: printable(finding.message.replace(/\s*\n\s*/g, ' ')),
      ruleId: printable(finding.ruleId),
    }));
    // reduce, not Math.max(...): spreading 150,000 rows into arguments overflows the stack.
    const whereWidth = rows.reduce((width, row) => Math.max(width, row.where.length), 0);
    for (const row of rows) {
      const severity =
        row.severity === 'error'
          ? paint('red', 'error  ')
          : row.severity === 'warning'
            ? paint('yellow', 'warning')
            : paint('cyan', 'info   ');
      lines.push(
        `  ${paint('dim', row.where.padEnd(whereWidth))}  ${severity}  ${row.message}  ${paint('dim', row.ruleId)}`,
      );
    }
  }
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0 && failedInputs > 0)
    return `${paint('red', '✖')} ${failedInputs} input${failedInputs === 1 ? '' : 's'} could not be linted (see above)${summary.files > 0 ? `; the other ${summary.resources} resource${summary.resources === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'} had no problems` : ''}\n`;
  if (total === 0)
    return `${paint('green', '✔')} ${summary.resources} resource${summary.resources === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}: no problems\n`;
  const mark =
    summary.errors > 0 ? paint('red', '✖') : summary.warnings > 0 ? paint('yellow', '⚠') : paint('cyan', 'ℹ');
  lines.push(
    '',
    `${mark} ${paint('bold', `${total} problem${total === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info${summary.infos === 1 ? '' : 's'})`)} in ${summary.resources} resource${summary.resources === 1 ? '' : 's'}, ${summary.files} file${summary.files === 1 ? '' : 's'}`,
  );
  const fixable = files.reduce((count, file) => count + file.findings.filter((finding) => finding.fix).length, 0);
  if (fixable > 0) lines.push(`  ${fixable} of them can be fixed with the \`--fix\` option.`);
  return `${lines.join('\n')}\n`;
};
