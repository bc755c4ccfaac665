import type { LoadedFile } from './document.js';
import type { LineIndex } from './positions.js';
import { separatorProblem } from './problems.js';
import { separatorLine } from './text-cursor.js';

/** Files whose lines end in carriage returns alone, as kubectl reads them. */

/** The size of go-yaml's raw reads, each decoded (and checked) as a whole. */
const GO_YAML_READ_SIZE = 512;

export function carriageReturnsOnly(text: string): boolean {
  return !text.includes('\n') && text.includes('\r');
}

/**
 * kubectl's reader cuts a stream at line feeds, so a file whose lines end in carriage returns alone
 * is one chunk, of which go-yaml reads the first document only: the rest is never applied. And a
 * first line that is `---` with more after it is "invalid Yaml document separator", as always.
 */
export function firstDocumentOnly(
  read: Pick<LoadedFile, 'documents' | 'problems'>,
  lines: LineIndex,
): Pick<LoadedFile, 'documents' | 'problems'> {
  const first = separatorLine(lines.text);
  if (typeof first === 'object')
    return { documents: [], problems: [separatorProblem(lines, 0, first.rest.replace(/\n[^]*$/, ' …'))] };
  // `--- # comment` as the first line: the whole file is that one separator line, and kubectl reads nothing.
  const kept = first === 'separator' && lines.text.slice(3).trim() !== '' ? [] : read.documents.slice(0, 1);
  // go-yaml's reader decodes (and checks) its input in 512-byte reads, and its parser stops at the
  // separator after the first document: a control character in the read that holds it stops kubectl.
  const stop = Buffer.byteLength(lines.text.slice(0, (read.documents[1]?.range.start.offset ?? 0) + 4));
  const checkedBytes = Math.ceil(stop / GO_YAML_READ_SIZE) * GO_YAML_READ_SIZE;
  const checked = (offset: number): boolean => Buffer.byteLength(lines.text.slice(0, offset)) < checkedBytes;
  // Uncut, a directive stays with its document, and go-yaml takes `%YAML 1.1` and `%TAG`.
  const problems = read.problems.filter(
    (problem) =>
      (problem.documentIndex === undefined ||
        problem.documentIndex < kept.length ||
        (problem.message.startsWith('invalid character') && checked(problem.range.start.offset))) &&
      !/^kubectl refuses the directive `(%TAG|%YAML 1\.1\b)/.test(problem.message),
  );
  for (const document of read.documents.slice(kept.length)) {
    problems.push({
      ruleId: 'yaml/ignored-document',
      message: `this file ends its lines with carriage returns alone, and kubectl cuts a stream into documents at line feeds, so it ${kept.length > 0 ? 'reads the first document only' : 'reads the whole file as its first line, a `---` separator with a comment'} and never applies this one; save the file with LF (or CRLF) line endings`,
      range: document.range,
      documentIndex: document.index,
    });
  }
  return { documents: kept, problems };
}
