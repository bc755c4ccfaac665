// Issue 19 item 10: what kubectl's reader refuses, podlint does not pass in silence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
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
