// Issue 19's fuzz run: the shapes of the second round (prototype names, control characters, block
// scalars under --fix, context inputs, FIFOs and oversize inputs) mixed with the loader's fragments.
// A fixed seed and printed counts: `node --conditions=source --import tsx --test test/hostile/fuzz-hostile.test.ts`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_INPUT_BYTES } from '../../packages/cli/src/read-input.js';
import { FORMATTERS, summarize, type ReportedFile } from '../../packages/cli/src/formatters/index.js';
import { allRules, fixText, lint, structureChange } from '../../packages/core/src/index.js';
import { askOracle } from '../support/oracle-client.js';
import { CONFIG_MAP, runCli, TERMINAL_CONTROL, workspace } from './support.js';

const SCALE = Number(process.env.FUZZ_RUNS ?? '1') || 1;
const SEED = Number(process.env.FUZZ_SEED ?? '19') || 19;
const RUNS = {
  documents: 200 * SCALE,
  fixes: 150 * SCALE,
  context: 100 * SCALE,
  files: 24 * SCALE,
  reading: 150 * SCALE,
  links: 12 * SCALE,
};
const counts = {
  documents: 0,
  findings: 0,
  fixes: 0,
  fixedEdits: 0,
  contextRuns: 0,
  cliRuns: 0,
  readingRuns: 0,
  readingRefused: 0,
  linkRuns: 0,
};

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const CONTROL = [
  '\u001b]0;title\u0007',
  '\u001b[2J',
  '\r',
  '\u0007',
  '\u009b31m',
  '\u202e',
  '\n::add-mask::x\n',
  '%0A::error::y',
];
const WORDS = ['web', 'tcp', 'always', 'Always', 'on', '80', 'app', 'x-y.z/w', ...PROTOTYPE_NAMES];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL).map((control) => `a${control}b`) },
);
/** A YAML scalar in one of its styles: plain, quoted with escapes, or a block scalar. */
const scalar = styled(word);
/** Values a fix rewrites (restartPolicy, protocol), most of the time. */
const fixable = styled(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('always', 'onFailure', 'tcp', 'udp') },
    { weight: 1, arbitrary: word },
  ),
);

function styled(values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(values, fc.constantFrom('plain', 'double', 'single', 'folded', 'literal'))
    .map(([value, style]) => render(value, style));
}

function render(value: string, style: string): string {
  switch (style) {
    case 'plain':
      return /^[A-Za-z0-9_.\-/]+$/.test(value) ? value : JSON.stringify(value);
    case 'single':
      return /[\u0000-\u001f\u007f-\u009f]/.test(value) ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`;
    case 'folded':
      return /[\u0000-\u001f\u007f-\u009f]/.test(value) ? JSON.stringify(value) : `>-\n    ${value}`;
    case 'literal':
      return /[\u0000-\u001f\u007f-\u009f]/.test(value) ? JSON.stringify(value) : `|-\n    ${value}`;
    default:
      return JSON.stringify(value);
  }
}
/** What may follow a value: nothing, a comment, a blank line, or the end of the document. */
const trailer = fc.constantFrom('', '# note\n', '\n', '  # indented note\n');

const documentArbitrary = fc
  .record({
    kind: fc.oneof(
      { weight: 3, arbitrary: fc.constant('Pod') },
      { weight: 1, arbitrary: fc.constantFrom('ConfigMap', ...PROTOTYPE_NAMES) },
    ),
    apiVersion: fc.oneof(
      { weight: 3, arbitrary: fc.constant('v1') },
      { weight: 1, arbitrary: fc.constantFrom('apps/v1', ...PROTOTYPE_NAMES) },
    ),
    name: scalar,
    key: word,
    value: scalar,
    policy: fixable,
    protocol: fixable,
    port: word,
    after: trailer,
  })
  .map(
    (d) => `apiVersion: ${d.apiVersion}
kind: ${d.kind}
metadata:
  name: ${d.name}
  labels: {${JSON.stringify(d.key)}: x}
  annotations:
    ${JSON.stringify(d.key)}: ${d.value}
spec:
  restartPolicy: ${d.policy}
${d.after}  containers:
  - name: c
    image: nginx
    ports:
    - containerPort: 80
      name: ${JSON.stringify(d.port)}
      protocol: ${d.protocol}
${d.after}`,
  );
const streamArbitrary = fc
  .array(documentArbitrary, { minLength: 1, maxLength: 3 })
  .map((documents) => documents.join('---\n'));

/** Shapes kubectl's reader treats its own way (issue 19 item 10 and the "Lower" list), applied to a stream. */
const DIRECTIVES = ['%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '%YAML 1.2\n', '%TAG !e! tag:e.com,2000:\n---\n'];
const TAGGED_VALUES = [
  '"\\uD800"',
  '"\\uD83D\\uDE00"',
  '"\\U00110000"',
  '"\\\\uD800"',
  '!!float 1',
  '!!int 1.5',
  '!!bool yes',
  '!!str 1',
  '!!null ~',
  '!!timestamp 2001-01-01',
  '!!float abc',
];
const MERGES = ['{a: "2"}', '[{a: "2"}, {b: "3"}]', '"scalar"', '~', '[x]'];
const readingArbitrary = fc
  .record({
    stream: streamArbitrary,
    directive: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
    ),
    value: fc.option(fc.constantFrom(...TAGGED_VALUES), { nil: undefined, freq: 2 }),
    merge: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...MERGES) }),
    carriageReturns: fc.boolean(),
  })
  .map(({ stream, directive, value, merge, carriageReturns }) => {
    let text = directive + stream;
    if (value) text = text.replace(/(\n {4}"[^"\n]*": ).*/, `$1${value}`);
    if (merge) text = text.replace(/labels: \{(.*): x\}/, `labels: {a: "1", $1: x, <<: ${merge}}`);
    return carriageReturns ? text.replace(/\n/g, '\r') : text;
  });

/** A decoding error of kubectl's reader, as the oracle reports it (not a schema or validation error). */
const READER_ERROR = /^(yaml: |error converting YAML|line \d+: invalid Yaml document separator)/;

/** Every formatter renders the result; human-facing ones carry no control character from the input. */
function checkOutputs(files: ReportedFile[]): void {
  const summary = summarize(files);
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const output = format(files, {
      color: false,
      rules: allRules,
      summary,
      cwd: process.cwd(),
      sourceRoot: process.cwd(),
      failedInputs: 0,
    });
    if (name === 'json' || name === 'sarif') JSON.parse(output);
    if (name === 'stylish')
      assert.doesNotMatch(output, TERMINAL_CONTROL, 'stylish output with a raw control character');
    if (name === 'github')
      for (const line of output.split(/\r\n|\r|\n/).filter(Boolean))
        assert.match(line, /^::(error|warning|notice) file=/, 'a line that is not one workflow command');
  }
}

describe('fuzzing the second round of hostile input', () => {
  after(() =>
    console.log(
      `fuzz-hostile (seed ${SEED}): ${counts.documents} streams, ${counts.findings} findings; ${counts.fixes} --fix runs, ${counts.fixedEdits} edits; ${counts.contextRuns} runs with context inputs; ${counts.cliRuns} CLI runs on FIFOs and oversize inputs; ${counts.readingRuns} streams of kubectl reading shapes judged with the oracle, ${counts.readingRefused} refused by both; ${counts.linkRuns} CLI runs on symbolic and hard links`,
    ),
  );

  it(`prototype names and control characters in every field (${RUNS.documents} runs)`, () => {
    fc.assert(
      fc.property(streamArbitrary, (text) => {
        const result = lint([{ file: 'a.yaml', text }]);
        counts.documents++;
        const findings = result.files.flatMap((file) => file.findings);
        counts.findings += findings.length;
        for (const finding of findings) assert.notEqual(finding.ruleId, 'podlint/internal-error', finding.message);
        checkOutputs(
          result.files.map((file) => ({
            file: 'a\u001b]0;x\u0007.yaml',
            findings: file.findings,
            resources: file.resources,
          })),
        );
      }),
      { numRuns: RUNS.documents, seed: SEED },
    );
  });

  it(`--fix on block scalars and every other style: structure kept, a second pass changes nothing (${RUNS.fixes} runs)`, () => {
    fc.assert(
      fc.property(streamArbitrary, (text) => {
        const fixed = fixText({ file: 'a.yaml', text });
        counts.fixes++;
        counts.fixedEdits += fixed.fixed;
        assert.equal(structureChange(text, fixed.text), undefined);
        assert.equal(fixText({ file: 'a.yaml', text: fixed.text }).fixed, 0);
      }),
      { numRuns: RUNS.fixes, seed: SEED },
    );
  });

  it(`the same streams as --old and --crd context (${RUNS.context} runs)`, () => {
    fc.assert(
      fc.property(streamArbitrary, streamArbitrary, (text, context) => {
        const broken = `${context}\n  bad: [unclosed\n`;
        const result = lint([{ file: 'a.yaml', text }], {
          old: [
            { file: 'old.yaml', text: broken },
            { file: 'old2.yaml', text: context },
          ],
          crds: [{ file: 'crd.yaml', text: context }],
        });
        counts.contextRuns++;
        for (const finding of result.files.flatMap((file) => file.findings))
          assert.notEqual(finding.ruleId, 'podlint/internal-error', finding.message);
        assert.ok(
          result.files.some(
            (file) => file.file === 'old.yaml' && file.findings.some((finding) => finding.ruleId === 'yaml/syntax'),
          ),
          'the broken --old file is reported',
        );
      }),
      { numRuns: RUNS.context, seed: SEED },
    );
  });

  it(`FIFOs and oversize files as linted files, --old, --crd and crds: (${RUNS.files} CLI runs)`, async () => {
    const roles = [
      (name: string) => [name, 'ok.yaml'],
      (name: string) => ['--old', name, 'ok.yaml'],
      (name: string) => ['--crd', name, 'ok.yaml'],
    ];
    let state = SEED;
    const next = (bound: number): number => (state = (state * 1103515245 + 12345) >>> 0) % bound;
    for (let run = 0; run < RUNS.files; run++) {
      const dir = workspace({ 'ok.yaml': CONFIG_MAP });
      const name = `in${run}.yaml`;
      if (next(2) === 0) assert.equal(spawnSync('mkfifo', [join(dir, name)]).status, 0);
      else {
        writeFileSync(join(dir, name), '');
        truncateSync(join(dir, name), MAX_INPUT_BYTES + 1 + next(1000));
      }
      const viaConfig = next(4) === 0;
      if (viaConfig) writeFileSync(join(dir, '.podlint.yaml'), `crds: [${name}]\n`);
      const role = roles[next(roles.length)];
      const args = viaConfig || !role ? ['ok.yaml'] : role(name);
      const result = await runCli(['--format', 'json', ...args], { cwd: dir });
      counts.cliRuns++;
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /named pipe|larger than/);
      assert.equal((JSON.parse(result.stdout) as { summary: { resources: number } }).summary.resources, 1);
    }
  });

  it(`directives, surrogate escapes, merge keys, tags and carriage returns: podlint refuses what kubectl's reader refuses (${RUNS.reading} runs, judged by the oracle)`, async () => {
    await fc.assert(
      fc.asyncProperty(readingArbitrary, async (text) => {
        const findings = lint([{ file: 'a.yaml', text }]).files.flatMap((file) => file.findings);
        for (const finding of findings) assert.notEqual(finding.ruleId, 'podlint/internal-error', finding.message);
        const podlintRefuses = findings.some((finding) => finding.ruleId === 'yaml/syntax');
        const verdicts = await askOracle(text);
        const kubectlRefuses = verdicts.some((verdict) =>
          verdict.errors.some((error) => READER_ERROR.test(error.detail)),
        );
        counts.readingRuns++;
        if (podlintRefuses && kubectlRefuses) counts.readingRefused++;
        assert.equal(
          podlintRefuses,
          kubectlRefuses,
          `${JSON.stringify(text)}\n${JSON.stringify(findings)}\n${JSON.stringify(verdicts)}`,
        );
      }),
      { numRuns: RUNS.reading, seed: SEED },
    );
  });

  it(`symbolic links out of the project and hard links, walked, named and under --fix (${RUNS.links} CLI runs)`, async () => {
    let state = SEED;
    const next = (bound: number): number => (state = (state * 1103515245 + 12345) >>> 0) % bound;
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  restartPolicy: always\n  containers:\n    - name: c\n      image: nginx\n';
    for (let run = 0; run < RUNS.links; run++) {
      const outside = workspace({ 'target.yaml': pod });
      const dir = workspace({ '.git/HEAD': '', 'k8s/ok.yaml': CONFIG_MAP });
      const link = join(dir, 'k8s', 'link.yaml');
      const hard = next(3) === 0;
      if (hard) linkSync(join(dir, 'k8s', 'ok.yaml'), join(outside, 'other-name.yaml'));
      else symlinkSync(join(outside, 'target.yaml'), link);
      const args =
        [['k8s'], ['k8s/link.yaml'], ['--fix', 'k8s'], ['--fix', hard ? 'k8s/ok.yaml' : 'k8s/link.yaml']][next(4)] ??
        [];
      const result = await runCli(['--format', 'json', ...args], { cwd: dir });
      counts.linkRuns++;
      assert.ok(result.status <= 2, `${args.join(' ')}: exit ${result.status}`);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'a stack trace');
      assert.equal(readFileSync(join(outside, 'target.yaml'), 'utf8'), pod, 'a file outside the project was written');
      assert.equal(readFileSync(join(dir, 'k8s', 'ok.yaml'), 'utf8'), CONFIG_MAP);
      if (!hard && args[0] !== '--fix' && args.includes('k8s'))
        assert.match(result.stderr, /not linted: a symbolic link/);
    }
  });
});
