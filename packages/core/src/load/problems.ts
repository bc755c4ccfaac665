import type { Node, Scalar } from 'yaml';
import type { SourceRange } from '../types.js';
import { duplicateKeys, type AliasProblem, type DuplicateKey } from './document-checks.js';
import type { LoadProblem } from './document.js';
import { ALIAS_EXPANSION_LIMIT, DOCUMENT_NODE_LIMIT, DUPLICATE_KEY_REPORT_LIMIT, NESTING_LIMIT } from './limits.js';
import type { TextPositions } from './positions.js';
import type { BadEscape } from './escapes.js';
import { describeCharacter } from './scan.js';
import { firstLine, type YamlDocument } from './syntax-tree.js';
import type { RefusedTab } from './tabs.js';
import type { RefusedNode } from './scan.js';

/** Problem builders: each message says what is wrong, what kubectl makes of it, and how to fix it. */

export function nestingProblem(range: SourceRange, index: number | undefined, detail = ''): LoadProblem {
  const problem: LoadProblem = {
    ruleId: 'yaml/nesting-limit',
    message: `the document is nested too deeply${detail} (limit ${NESTING_LIMIT} levels of mappings and sequences), so podlint does not read it and nothing in it is checked; real manifests need fewer than 40 levels, so flatten the structure`,
    range,
  };
  if (index !== undefined) problem.documentIndex = index;
  return problem;
}

export function separatorProblem(lines: TextPositions, offset: number, rest: string): LoadProblem {
  return {
    ruleId: 'yaml/syntax',
    message: `kubectl refuses this stream here ("invalid Yaml document separator: ${rest.length > 40 ? `${rest.slice(0, 40)}…` : rest}"): only a comment may follow \`---\` on its line, and kubectl applies nothing of the document before it or of anything after it; move the content to the next line`,
    range: lines.range(offset, offset + 3),
  };
}

export function sizeProblem(range: SourceRange, index: number): LoadProblem {
  return {
    ruleId: 'yaml/size-limit',
    message: `the document has more than ${DOCUMENT_NODE_LIMIT.toLocaleString('en-US')} values (mappings, sequences and scalars), more than podlint reads in bounded memory, so nothing in it is checked; split it into several documents (a List into its items)`,
    range,
    documentIndex: index,
  };
}

export function templateProblem(positions: TextPositions, offset: number, index: number): LoadProblem {
  const jinja = positions.text.startsWith('{%', offset);
  const kind = jinja ? 'a Jinja template' : 'an unrendered Helm/Go template';
  const render = jinja
    ? 'render it first and lint the output'
    : 'render it first (`helm template <release> <chart> | podlint -`) and lint the output';
  return {
    ruleId: 'yaml/template',
    message: `this looks like ${kind} (\`${jinja ? '{%' : '{{'}\` is template syntax, not YAML); ${render}`,
    range: positions.range(offset, offset + 2),
    documentIndex: index,
  };
}

export function invalidCharacterProblem(
  positions: TextPositions,
  offset: number,
  index: number | undefined,
): LoadProblem {
  const problem: LoadProblem = {
    ruleId: 'yaml/syntax',
    message: `invalid character ${describeCharacter(positions.text, offset)}: YAML does not allow control characters, so kubectl refuses this document ("control characters are not allowed"); delete it, or write it as an escape (such as "\\u0000") inside a double-quoted string`,
    range: positions.range(offset, offset + 1),
  };
  if (index !== undefined) problem.documentIndex = index;
  return problem;
}

export function ignoredDocumentProblem(
  positions: TextPositions,
  offset: number,
  docEndAt: number,
  index: number,
): LoadProblem {
  const endLine = positions.position(docEndAt).line;
  return {
    ruleId: 'yaml/ignored-document',
    message: `kubectl stops reading at the document end marker \`...\` (line ${endLine}) and skips everything up to the next \`---\`, so this is never applied; start it with a \`---\` line, or delete it`,
    range: firstLine(positions, offset, offset + 1),
    documentIndex: index,
  };
}

export function aliasProblem(positions: TextPositions, problem: AliasProblem, index: number): LoadProblem {
  const range = positions.range(problem.range[0], problem.range[1]);
  const name = problem.alias;
  if (problem.kind === 'unknown') {
    return {
      ruleId: 'yaml/syntax',
      message: `unknown alias \`*${name}\`: no anchor \`&${name}\` is defined before it in this document, so kubectl refuses the document ("unknown anchor '${name}' referenced"); define the anchor first or write the value out`,
      range,
      documentIndex: index,
    };
  }
  const anchorAt = positions.text.lastIndexOf(`&${name}`, problem.anchorAt ?? 0);
  const anchorLine = positions.position(anchorAt >= 0 ? anchorAt : (problem.anchorAt ?? 0)).line;
  return {
    ruleId: 'yaml/alias-limit',
    message: `the alias \`*${name}\` sits inside the node its anchor \`&${name}\` (line ${anchorLine}) names, so its value would contain itself forever; kubectl refuses it ("anchor '${name}' value contains itself"); write the value out instead`,
    range,
    documentIndex: index,
  };
}

/** The first syntax error of a document (later ones are mostly its echoes) and its duplicate keys. */
export function documentProblems(doc: YamlDocument, index: number, positions: TextPositions): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const error = doc.errors[0];
  if (error) {
    const range = positions.range(error.pos[0], error.pos[1]);
    problems.push(
      /Maximum call stack/.test(error.message)
        ? nestingProblem(range, index)
        : { ruleId: 'yaml/syntax', message: syntaxMessage(error.message), range, documentIndex: index },
    );
  }
  for (const duplicate of duplicateKeys(doc, DUPLICATE_KEY_REPORT_LIMIT)) {
    const start = duplicate.repeated.range?.[0] ?? 0;
    problems.push({
      ruleId: 'yaml/duplicate-key',
      message: duplicateKeyMessage(duplicate, positions),
      range: positions.range(start, duplicate.repeated.range?.[1] ?? start),
      documentIndex: index,
    });
  }
  return problems;
}

function duplicateKeyMessage({ first, repeated }: DuplicateKey, positions: TextPositions): string {
  const source = sourceOf(positions.text, repeated);
  const firstSource = sourceOf(positions.text, first);
  const firstLineNumber = positions.position(first.range?.[0] ?? 0).line;
  const consequence =
    "the API server's strict decoding rejects the document, and lenient tools silently keep only the last value";
  const reading = String(repeated.value);
  if (source !== firstSource && (reading !== unquoted(source) || reading !== unquoted(firstSource))) {
    return `duplicate key \`${source}\`: kubectl reads YAML 1.1, where \`${source}\` and \`${firstSource}\` (line ${firstLineNumber}) are both the key "${reading}"; ${consequence}; quote the keys ("${unquoted(source)}": and "${unquoted(firstSource)}":) to keep them as text`;
  }
  return `duplicate key \`${source}\` (first defined at line ${firstLineNumber}): ${consequence}; remove one of them`;
}

function sourceOf(text: string, node: Scalar): string {
  return node.range ? text.slice(node.range[0], node.range[1]).trim() : String(node.value);
}

function unquoted(source: string): string {
  return source.replace(/^(['"])(.*)\1$/s, '$2');
}

export function syntaxMessage(raw: string): string {
  const first = raw.split('\n')[0] ?? raw;
  return `YAML syntax error: ${printable(first.replace(/ at line \d+, column \d+:?$/, ''))}`;
}

/** The parser quotes the offending character; a control character must not reach a terminal or an XML report. */
function printable(text: string): string {
  return text.replace(
    /[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu,
    (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function conversionProblem(
  error: unknown,
  doc: YamlDocument,
  index: number,
  positions: TextPositions,
): LoadProblem {
  const contents = doc.contents as Node | null;
  const range = firstLine(positions, contents?.range?.[0] ?? 0, contents?.range?.[1] ?? 0);
  if (error instanceof RangeError) return nestingProblem(range, index);
  const message = error instanceof Error ? error.message : String(error);
  if (/Excessive alias count/i.test(message)) {
    return {
      ruleId: 'yaml/alias-limit',
      message: `YAML aliases expand to more than ${ALIAS_EXPANSION_LIMIT} nodes (a "billion laughs" pattern); podlint refuses to expand them, as kubectl does ("document contains excessive aliasing"); write the values out or use fewer nested aliases`,
      range: firstAliasRange(doc, positions) ?? range,
      documentIndex: index,
    };
  }
  return {
    ruleId: 'yaml/syntax',
    message: `YAML error: ${message.split('\n')[0] ?? message}`,
    range,
    documentIndex: index,
  };
}

/** Where aliasing starts: the first `*alias` in the text of the document. */
function firstAliasRange(doc: YamlDocument, positions: TextPositions): SourceRange | undefined {
  const contents = doc.contents as Node | null;
  const start = contents?.range?.[0] ?? 0;
  const end = contents?.range?.[2] ?? positions.text.length;
  const match = /(?:^|[\s[{,:-])\*[^\s,[\]{}]+/m.exec(positions.text.slice(start, end));
  if (!match) return undefined;
  const at = start + match.index + match[0].indexOf('*');
  return positions.range(at, at + match[0].length - match[0].indexOf('*'));
}

export function jsonProblem(positions: TextPositions, offset: number, message: string, sniffed: boolean): LoadProblem {
  const why = sniffed ? ' (kubectl reads a file that starts with `{` as JSON, not YAML)' : '';
  return {
    ruleId: 'yaml/syntax',
    message: `JSON syntax error: ${message}${why}`,
    range: positions.range(offset, offset + 1),
  };
}

export function directiveProblem(positions: TextPositions, offset: number, source: string): LoadProblem {
  const line = source.trim();
  const why = /^%YAML\s+1\.1\b/.test(line)
    ? 'its reader cuts the stream at `---` lines, so the directive is read alone, without its document ("did not find expected <document start>")'
    : /^%YAML\b/.test(line)
      ? 'its decoder reads only YAML 1.1 ("found incompatible YAML document")'
      : 'its reader cuts the stream at `---` lines, so the directive is read alone, without its document';
  return {
    ruleId: 'yaml/syntax',
    message: `kubectl refuses the directive \`${printable(line.slice(0, 40))}\`: ${why}, and stops reading the file there; delete the line (kubectl reads manifests as YAML 1.1 without it)`,
    range: positions.range(offset, offset + line.length),
  };
}

export function badEscapeProblem(positions: TextPositions, escape: BadEscape, index: number): LoadProblem {
  if (escape.unknown)
    return {
      ruleId: 'yaml/syntax',
      message:
        'the escape `\\/` is JSON\'s, not YAML 1.1\'s, so kubectl refuses the document ("found unknown escape character"); write `/` alone',
      range: positions.range(escape.at, escape.at + 2),
      documentIndex: index,
    };
  const fix =
    escape.paired !== undefined
      ? `write the character itself, or its code point as one escape: \`\\U${escape.paired.toString(16).toUpperCase().padStart(8, '0')}\``
      : 'write the character itself, or a code point below U+D800 or from U+E000 to U+10FFFF';
  const what =
    escape.paired !== undefined
      ? 'a UTF-16 surrogate pair, and kubectl reads escape by escape, where each half is not a character'
      : 'not a Unicode character (a lone UTF-16 surrogate, or past U+10FFFF)';
  return {
    ruleId: 'yaml/syntax',
    message: `the escape \`${escape.escape}\` is ${what}, so kubectl refuses the document ("found invalid Unicode character escape code"); ${fix}`,
    range: positions.range(escape.at, escape.at + escape.escape.length),
    documentIndex: index,
  };
}

export function mergeValueProblem(positions: TextPositions, key: Node, value: Node | null, index: number): LoadProblem {
  const range = value?.range ?? key.range ?? [0, 0];
  return {
    ruleId: 'yaml/syntax',
    message:
      'the merge key `<<` takes a mapping, an alias of a mapping, or a list of those, so kubectl refuses the document ("map merge requires map or sequence of maps as the value"); put the keys here directly, or quote "<<" if it is meant as an ordinary key',
    range: firstLine(positions, range[0], range[1]),
    documentIndex: index,
  };
}

export function tabIndentationProblem(positions: TextPositions, tab: RefusedTab, index: number): LoadProblem {
  const offset = tab.at;
  return {
    ruleId: 'yaml/syntax',
    message: tab.inBlockScalar
      ? 'a tab where the block scalar\'s indentation is due: YAML indents with spaces only, so kubectl refuses the document ("found a tab character where an indentation space is expected"); indent the line with spaces (a tab after the indentation is content)'
      : 'a tab in indentation: YAML indents with spaces only, and outside quoted strings and flow collections kubectl refuses a tab at the start of a line or after a sequence\'s `-` ("found character that cannot start any token"); use spaces, or delete the blank line\'s white space',
    range: positions.range(offset, offset + 1),
    documentIndex: index,
  };
}

/** What kubectl says of each refused node, and how to write it instead. */
const REFUSED_NODE_MESSAGES: Readonly<Record<RefusedNode['kind'], string>> = {
  'null-key':
    'a null key (`null`, `~`, or nothing before the `:`): kubectl turns YAML into JSON, whose keys are strings, and refuses the document ("unsupported map key of type: <nil>"); write the key, quoted if it is the word null ("null":)',
  'collection-key':
    'a mapping or sequence as a key: kubectl turns YAML into JSON, whose keys are strings, and refuses the document ("invalid map key"); use a string key',
  'split-key':
    "this `:` is on a later line than its key: in a flow collection kubectl reads a key only with its `:` on the line where the key starts, and refuses the document (\"did not find expected ',' or '}'\"); move the `:` up to the key",
  'colon-scalar':
    'in a flow collection kubectl takes every `:` for the one between a key and its value, so a value that starts with `:` is refused ("did not find expected node content"); quote it',
};

export function refusedNodeProblem(positions: TextPositions, node: RefusedNode, index: number): LoadProblem {
  return {
    ruleId: 'yaml/syntax',
    message: REFUSED_NODE_MESSAGES[node.kind],
    range: positions.range(node.at, node.at + 1),
    documentIndex: index,
  };
}
