// Issue 19 item 6: suppression directives come from YAML comments only, never from data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { parseDirectives } from '../../packages/core/src/engine/suppressions.js';

const SCRIPT = `apiVersion: v1
kind: ConfigMap
metadata:
  name: scripts
data:
  run.sh: |
    set -e # podlint-disable
    echo "# podlint-disable-next-line"
  note: "# podlint-disable"
  plain: 'a # podlint-disable'
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - containerPort: 80
      protocol: tcp
`;

const ruleIds = (text: string, reportUnusedDisable = false): Array<[string, number]> =>
  (lint([{ file: 'a.yaml', text }], { reportUnusedDisable }).files[0]?.findings ?? []).map((finding) => [
    finding.ruleId,
    finding.range.start.line,
  ]);

describe('suppressions inside data (item 6)', () => {
  it('a directive inside a block scalar, a quoted string or a single-quoted string suppresses nothing', () => {
    assert.deepEqual(parseDirectives(SCRIPT), []);
    assert.deepEqual(ruleIds(SCRIPT), [['ports/protocol-unsupported', 22]]);
  });

  it('and is not reported as unused either: it is not a directive', () => {
    assert.deepEqual(ruleIds(SCRIPT, true), [['ports/protocol-unsupported', 22]]);
  });

  it('real comments still work: on their own line, after a value, in a flow collection', () => {
    const commented = SCRIPT.replace(
      '      protocol: tcp\n',
      '      # podlint-disable-next-line ports/protocol-unsupported -- legacy\n      protocol: tcp\n',
    );
    assert.deepEqual(ruleIds(commented), []);
    const trailing = SCRIPT.replace('  name: web\n', '  name: web # podlint-disable ports/protocol-unsupported\n');
    assert.deepEqual(ruleIds(trailing), []);
    assert.deepEqual(
      parseDirectives('a: [1, # podlint-disable x/y\n  2]\n').map((directive) => [
        directive.line,
        directive.column,
        directive.ruleIds,
      ]),
      [[1, 8, ['x/y']]],
    );
  });

  it('a comment cannot hide a syntax error', () => {
    assert.deepEqual(
      ruleIds('# podlint-disable\na: [1, 2\nb: 3\n').map(([id]) => id),
      ['yaml/syntax'],
    );
  });
});
