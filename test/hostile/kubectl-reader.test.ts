// Issue 19 item 10: what kubectl's reader refuses, podlint does not pass in silence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { YamlManifestLoader } from '../../packages/core/src/load/yaml-loader.js';
import { askOracle } from '../support/oracle-client.js';

const ruleIds = (text: string): Array<[string, number]> =>
  (lint([{ file: 'a.yaml', text }]).files[0]?.findings ?? []).map((finding) => [
    finding.ruleId,
    finding.range.start.line,
  ]);

describe("kubectl's reader (item 10)", () => {
  for (const [name, text, line] of [
    ['content after the separator on its line', '--- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n', 1],
    ['a value after a later separator', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n--- x\n', 5],
    ['dashes glued to a word', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---abc\n', 5],
  ] as const) {
    it(`${name}: an error, as kubectl ("invalid Yaml document separator") and the oracle refuse it`, async () => {
      assert.ok(
        ruleIds(text).some(([id, at]) => id === 'yaml/syntax' && at === line),
        JSON.stringify(ruleIds(text)),
      );
      const verdicts = await askOracle(text);
      assert.ok(
        verdicts.some(
          (verdict) =>
            verdict.verdict === 'reject' &&
            verdict.errors.some((error) => /invalid Yaml document separator/.test(error.detail)),
        ),
        JSON.stringify(verdicts),
      );
    });
  }

  it('a comment or spaces after the separator stay fine', async () => {
    const text =
      '--- # first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---   \napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n';
    assert.deepEqual(ruleIds(text), []);
    assert.ok((await askOracle(text)).every((verdict) => verdict.verdict === 'accept'));
  });
});

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';

const findings = (text: string): Array<[string, number, number]> =>
  (lint([{ file: 'a.yaml', text }]).files[0]?.findings ?? []).map((finding) => [
    finding.ruleId,
    finding.range.start.line,
    finding.range.start.column,
  ]);

const dataOf = (text: string): unknown =>
  (new YamlManifestLoader().load('a.yaml', text).documents[0]?.value as { data?: unknown } | null | undefined)?.data;

describe("kubectl's decoder: what it refuses is an error, what it reads is read the same (item 10)", () => {
  for (const [name, text, at, kubectlSays] of [
    ['a %YAML 1.2 directive', `%YAML 1.2\n---\n${CONFIG_MAP}`, [1, 1], /found incompatible YAML document/],
    ['a %YAML 1.1 line before ---', `%YAML 1.1\n---\n${CONFIG_MAP}`, [1, 1], /did not find expected <document start>/],
    ['a lone surrogate escape', `${CONFIG_MAP}data:\n  x: "\\uD800"\n`, [6, 7], /invalid Unicode character escape/],
    ['a surrogate pair of escapes', `${CONFIG_MAP}data:\n  x: "\\uD83D\\uDE00"\n`, [6, 7], /invalid Unicode character/],
    ['a merge of a scalar', `${CONFIG_MAP}data:\n  <<: "scalar"\n`, [6, 7], /map merge requires map or sequence/],
    [
      'a tag that does not fit',
      `${CONFIG_MAP}data:\n  x: !!int 1.5\n`,
      [6, 6],
      /cannot decode !!float `1.5` as a !!int/,
    ],
  ] as const) {
    it(`${name}: an error where kubectl's message is, as the oracle refuses it`, async () => {
      assert.deepEqual(
        findings(text).filter(([id]) => id === 'yaml/syntax'),
        [['yaml/syntax', ...at]],
      );
      const verdicts = await askOracle(text);
      assert.ok(
        verdicts.some(
          (verdict) => verdict.verdict === 'reject' && verdict.errors.some((error) => kubectlSays.test(error.detail)),
        ),
        JSON.stringify(verdicts),
      );
    });
  }

  it('the directive error says why and what to do; a merge of a scalar is not called "billion laughs"', () => {
    const [directive] = lint([{ file: 'a.yaml', text: `%YAML 1.2\n---\n${CONFIG_MAP}` }]).files[0]?.findings ?? [];
    assert.match(directive?.message ?? '', /only YAML 1\.1.*delete the line/);
    const [merge] = lint([{ file: 'a.yaml', text: `${CONFIG_MAP}data:\n  <<: "scalar"\n` }]).files[0]?.findings ?? [];
    assert.doesNotMatch(merge?.message ?? '', /billion|excessive/i);
    assert.match(merge?.message ?? '', /merge key `<<` takes a mapping/);
  });

  it('a directive after `...` is never read by kubectl, so it is fine', async () => {
    const text = `${CONFIG_MAP}...\n%YAML 1.1\n---\n${CONFIG_MAP.replace('name: a', 'name: b')}`;
    assert.deepEqual(findings(text), []);
    assert.ok((await askOracle(text)).every((verdict) => verdict.verdict === 'accept'));
  });

  it('a merge overrides the explicit key before it: {x: "1", <<: {x: 2}} is {x: 2}, a number in string data', async () => {
    const text = `${CONFIG_MAP}data: {x: "1", <<: {x: 2}}\n`;
    assert.deepEqual(findings(text), [['schema/wrong-type', 5, 21]]);
    const verdicts = await askOracle(text);
    assert.ok(verdicts.some((verdict) => verdict.errors.some((error) => /cannot unmarshal number/.test(error.detail))));
  });

  it('merges read as go-yaml reads them: the last writer wins, the first source of a list', async () => {
    for (const [data, expected] of [
      ['{x: "1", <<: {x: "2"}}', { x: '2' }],
      ['{<<: {x: "2"}, x: "1"}', { x: '1' }],
      ['{x: "1", <<: [{x: "2"}, {x: "3", z: "4"}]}', { x: '2', z: '4' }],
      ['{<<: {x: "1"}, <<: {x: "2"}}', { x: '2' }],
    ] as const) {
      const text = `${CONFIG_MAP}data: ${data}\n`;
      assert.deepEqual(dataOf(text), expected, data);
      assert.deepEqual(findings(text), [], data);
      assert.ok(
        (await askOracle(text)).every((verdict) => verdict.verdict === 'accept'),
        data,
      );
    }
  });

  it('!!float 1 in string data is the number 1, as kubectl reads it, so the string field refuses it', async () => {
    const text = `${CONFIG_MAP}data:\n  x: !!float 1\n`;
    assert.deepEqual(dataOf(text), { x: 1 });
    assert.deepEqual(findings(text), [['schema/wrong-type', 6, 3]]);
    const verdicts = await askOracle(text);
    assert.ok(verdicts.some((verdict) => verdict.errors.some((error) => /cannot unmarshal number/.test(error.detail))));
    assert.deepEqual(dataOf(`${CONFIG_MAP}data:\n  x: !!str 1\n  b: !!bool yes\n`), { x: '1', b: true });
  });
});
