import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../config/config.js';
import { lint } from './lint.js';
import { renamedRuleId, ruleById, ruleIds } from './registry.js';
import { RENAMED_RULES } from './renamed-rules.js';

const pod = (comment: string, annotations = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: web${annotations}
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
${comment}        - containerPort: 70000
`;

const found = (text: string): Array<[string, number, string]> =>
  (lint([{ file: 'p.yaml', text }]).files[0]?.findings ?? []).map((f) => [f.ruleId, f.range.start.line, f.message]);

describe('renamed rule ids', () => {
  it('every old id names a rule that exists under its new id, and no rule still has an old id', () => {
    const current = new Set(ruleIds());
    for (const [oldId, newId] of Object.entries(RENAMED_RULES)) {
      assert.ok(current.has(newId), `${oldId} → ${newId}: no such rule`);
      assert.ok(!current.has(oldId), `${oldId} is still a rule's id`);
      assert.equal(ruleById(oldId)?.meta.id, newId);
      assert.equal(renamedRuleId(oldId), newId);
    }
    assert.equal(renamedRuleId('ports/protocol-unsupported'), undefined);
  });

  it('an old id in .podlint.yaml configures the rule and warns with the new id', () => {
    const { config, errors } = parseConfig('.podlint.yaml', 'rules:\n  ports/container-port-range: warning\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.rules, { 'ports/container-port-out-of-range': 'warning' });
    assert.deepEqual(
      config?.warnings?.map((w) => [w.line, w.message]),
      [
        [
          2,
          'rule "ports/container-port-range" was renamed to "ports/container-port-out-of-range"; write the new id (the old one still works for now)',
        ],
      ],
    );
    const severities = (
      lint([{ file: 'p.yaml', text: pod('') }], { rules: config?.rules ?? {} }).files[0]?.findings ?? []
    ).map((f) => [f.ruleId, f.severity]);
    assert.deepEqual(severities, [['ports/container-port-out-of-range', 'warning']]);
  });

  it('an old id in a suppression comment suppresses the rule and warns at the comment', () => {
    assert.deepEqual(
      found(pod('')).map(([id, line]) => [id, line]),
      [['ports/container-port-out-of-range', 10]],
    );
    const suppressed = found(pod('        # podlint-disable-next-line ports/container-port-range -- reserved range\n'));
    assert.deepEqual(suppressed, [
      [
        'podlint/renamed-rule-id',
        10,
        'rule "ports/container-port-range" was renamed to "ports/container-port-out-of-range"; write the new id (the old one still works for now)',
      ],
    ]);
  });

  it('an old id in the podlint.io/ignore annotation suppresses the rule and warns at the annotation', () => {
    const text = pod('', '\n  annotations:\n    podlint.io/ignore: "ports/container-port-range"');
    assert.deepEqual(
      found(text).map(([id, line]) => [id, line]),
      [['podlint/renamed-rule-id', 6]],
    );
  });
});
