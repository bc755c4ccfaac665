import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, YamlManifestLoader, type FieldPath, type LintResult } from '../../packages/core/src/index.js';
import { FORMATTERS, summarize, type ReportedFile } from '../../packages/cli/src/formatters/index.js';
import { allRules } from '../../packages/core/src/index.js';
import { diagnose } from '../../packages/lsp/src/service.js';
// The language server's own document type (a dependency of packages/lsp only).
import { TextDocument } from '../../packages/lsp/node_modules/vscode-languageserver-textdocument/lib/esm/main.js';
import { BASES, type Json } from '../fixtures/manifests.js';

/**
 * Property-based tests: whatever the text, the object or the sequence of edits, podlint answers
 * with findings at real positions and never throws. Run counts are chosen so that the whole file
 * takes well under a minute on two busy cores; FUZZ_RUNS=<n> multiplies them for a deeper search.
 */
const SCALE = Number(process.env.FUZZ_RUNS ?? '1') || 1;
const RUNS = { text: 250 * SCALE, objects: 150 * SCALE, edits: 40 * SCALE };
/** A fixed seed, so a run is repeatable and a failure can be replayed; FUZZ_SEED=<n> explores further. */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? '19') || 19;

/** Pieces of YAML, broken YAML and things that break parsers, to build texts from. */
const FRAGMENTS = [
  'apiVersion: v1\n',
  'apiVersion: apps/v1\n',
  'kind: Pod\n',
  'kind: Deployment\n',
  'kind: Service\n',
  'kind: List\n',
  'metadata:\n',
  '  name: web\n',
  '  labels: {app: web}\n',
  'spec:\n',
  '  containers:\n',
  '    - name: a\n',
  '      image: nginx\n',
  '      ports:\n',
  '        - containerPort: 80\n',
  '          protocol: tcp\n',
  '  template:\n',
  '  selector: {matchLabels: {app: x}}\n',
  'items:\n',
  '- ',
  '  ',
  '    ',
  '\t',
  '\n',
  '\r\n',
  '---\n',
  '...\n',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  ':',
  '"',
  "'",
  '&a ',
  '*a',
  '*b',
  '<<: *a\n',
  '? ',
  '|\n',
  '>-\n',
  '# comment\n',
  '%YAML 1.1\n',
  '!!str ',
  '!!binary ',
  '!custom ',
  '{{ .Values.x }}',
  '{{- include "x" . }}\n',
  '{% if %}',
  '\u0000',
  '\u007f',
  '\uFEFF',
  '\uFFFE',
  '\uD800',
  'on: yes\n',
  'n: off\n',
  '0755',
  '1e400',
  '2147483648',
  '-0',
  '.inf',
  '~',
  'null',
  'true',
  '"\\u0000"',
  '"\\',
  '   - - - x\n',
  '[[[[[[',
  ']]]]]]',
  '{a: {b: {c: ',
  '}}}',
  'é',
  '😀',
  '\u2028',
];

const textArbitrary = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const fileNameArbitrary = fc.constantFrom('a.yaml', 'b.yml', 'c.json', 'dir/d,1.yaml', 'e f.yaml', '<stdin>');

/** Objects of every kind with one random part replaced by an arbitrary JSON value. */
const objectArbitrary = fc
  .tuple(
    fc.constantFrom(...Object.values(BASES)),
    fc.array(
      fc.oneof(
        fc.constantFrom('spec', 'metadata', 'template', 'containers', 'items', 'ports', 'selector', 'data'),
        fc.nat({ max: 3 }),
      ),
      { maxLength: 6 },
    ),
    fc.jsonValue({ maxDepth: 5 }),
  )
  .map(([base, path, value]) => replaceAlong(base, path, value as Json));

function replaceAlong(value: Json, path: ReadonlyArray<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const index = typeof head === 'number' ? head : 0;
    const copy = [...value];
    copy[index] = replaceAlong(copy[index] ?? null, rest, replacement);
    return copy;
  }
  if (value !== null && typeof value === 'object')
    return { ...value, [String(head)]: replaceAlong(value[String(head)] ?? null, rest, replacement) };
  return replacement;
}

/** A block-style YAML rendering (strings double-quoted), so objects reach the loader as YAML too. */
function toYaml(value: Json, indent = ''): string {
  if (Array.isArray(value))
    return value.length === 0 ? ' []' : value.map((item) => `\n${indent}-${toYaml(item, `${indent}  `)}`).join('');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0
      ? ' {}'
      : entries.map(([key, child]) => `\n${indent}${JSON.stringify(key)}:${toYaml(child, `${indent}  `)}`).join('');
  }
  return ` ${JSON.stringify(value)}`;
}

const XML_INVALID = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Every finding sits inside the text; every formatter renders the results and its output parses. */
function checkResult(result: LintResult, texts: ReadonlyMap<string, string>): void {
  for (const file of result.files) {
    const lineCount = (texts.get(file.file) ?? '').split('\n').length;
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      assert.ok(
        start.line >= 1 && start.line <= lineCount && start.column >= 1,
        `${finding.ruleId} at ${start.line}:${start.column} of ${lineCount} lines`,
      );
      assert.ok(
        end.line > start.line || (end.line === start.line && end.column >= start.column),
        `${finding.ruleId} ends before it starts`,
      );
      assert.notEqual(finding.ruleId, 'podlint/internal-error', finding.message);
      assert.ok(
        finding.message.length > 0 && finding.message.length < 2_000,
        `${finding.ruleId}: message of ${finding.message.length} characters`,
      );
    }
  }
  const reported: ReportedFile[] = result.files.map((file) => ({
    file: file.file,
    findings: file.findings,
    resources: file.resources,
  }));
  const context = {
    color: true,
    rules: allRules,
    summary: summarize(reported),
    cwd: process.cwd(),
    sourceRoot: process.cwd(),
    failedInputs: 0,
  };
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const output = format(reported, context);
    assert.equal(typeof output, 'string', name);
    if (name === 'json' || name === 'sarif') JSON.parse(output);
    if (name === 'junit') assert.doesNotMatch(output, XML_INVALID, 'junit output has characters XML does not allow');
  }
}

function lintAndCheck(inputs: ReadonlyArray<{ file: string; text: string }>): void {
  const unique = [...new Map(inputs.map((input) => [input.file, input])).values()];
  checkResult(lint(unique), new Map(unique.map((input) => [input.file, input.text])));
}

describe('fuzzing', () => {
  it(`random YAML-like text: the loader, every rule and every formatter (${RUNS.text} runs)`, () => {
    const loader = new YamlManifestLoader();
    const paths: FieldPath[] = [
      [],
      ['metadata', 'name'],
      ['spec', 'containers', 0, 'ports', 0],
      ['items', 1],
      ['a', -1, 'b'],
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fileNameArbitrary, textArbitrary), { minLength: 1, maxLength: 3 }), (files) => {
        for (const [file, text] of files) {
          const loaded = loader.load(file, text);
          for (const document of loaded.documents)
            for (const path of paths) assert.ok(document.locate(path).start.line >= 1);
        }
        lintAndCheck(files.map(([file, text]) => ({ file, text })));
      }),
      { numRuns: RUNS.text, seed: FUZZ_SEED },
    );
  });

  it(`random objects of every kind, as JSON and as YAML: no rule fails on any shape (${RUNS.objects} runs)`, () => {
    fc.assert(
      fc.property(fc.array(objectArbitrary, { minLength: 1, maxLength: 4 }), (objects) => {
        lintAndCheck([
          { file: 'objects.json', text: objects.map((object) => JSON.stringify(object)).join('\n') },
          {
            file: 'objects.yaml',
            text: objects.map((object) => `# object\n${toYaml(object).trimStart()}\n`).join('---\n'),
          },
        ]);
      }),
      { numRuns: RUNS.objects, seed: FUZZ_SEED },
    );
  });

  it(`random edit sequences through the language server's documents (${RUNS.edits} runs of up to 12 edits)`, () => {
    const start = `${toYaml(BASES.Deployment ?? null).trimStart()}\n---\n${toYaml(BASES.Service ?? null).trimStart()}\n`;
    const edit = fc.record({
      from: fc.nat({ max: 4_000 }),
      length: fc.nat({ max: 40 }),
      text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let document = TextDocument.create('file:///project/app.yaml', 'yaml', 0, start);
        for (const change of edits) {
          const from = document.positionAt(change.from);
          const to = document.positionAt(change.from + change.length);
          document = TextDocument.update(
            document,
            [{ range: { start: from, end: to }, text: change.text }],
            document.version + 1,
          );
          const text = document.getText();
          const lines = text.split('\n');
          for (const diagnostic of diagnose(document.uri, text)) {
            for (const position of [diagnostic.range.start, diagnostic.range.end]) {
              assert.ok(
                position.line >= 0 && position.line < lines.length,
                `${diagnostic.code} on line ${position.line} of ${lines.length}`,
              );
              assert.ok(
                position.character >= 0 && position.character <= (lines[position.line] ?? '').length,
                `${diagnostic.code} at character ${position.character}`,
              );
            }
            assert.notEqual(diagnostic.code, 'podlint/internal-error', diagnostic.message);
          }
        }
      }),
      { numRuns: RUNS.edits, seed: FUZZ_SEED },
    );
  });
});
