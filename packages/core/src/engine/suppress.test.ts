import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './lint.js';

const pod = (prefix: string, annotations = ''): string => `${prefix}apiVersion: v1
kind: Pod
metadata:
  name: web${annotations}
spec:
  containers:
    - name: web
      image: nginx
      ports:
        # podlint-disable-next-line ports/protocol-unsupported -- legacy chart, tracked in TICKET-1
        - protocol: tcp
          containerPort: 80
        - containerPort: 81
          protocol: udp
`;

const ids = (text: string, reportUnusedDisable = false): Array<[string, number]> =>
  (lint([{ file: 'p.yaml', text }], { reportUnusedDisable }).files[0]?.findings ?? []).map((f) => [
    f.ruleId,
    f.range.start.line,
  ]);

describe('suppressions', () => {
  it('disable-next-line hides only the next line', () => {
    assert.deepEqual(ids(pod('')), [['ports/protocol-unsupported', 14]]);
  });

  it('disable hides the rest of the file for the named rule', () => {
    assert.deepEqual(ids(pod('# podlint-disable ports/protocol-unsupported\n')), []);
  });

  it('disable without a rule id hides every rule', () => {
    assert.deepEqual(ids(pod('# podlint-disable\n')), []);
  });

  it('an annotation on the resource hides its findings', () => {
    const text = pod(
      '',
      '\n  annotations:\n    podlint.io/ignore: "ports/protocol-unsupported, workload/selector-mismatch"',
    );
    assert.deepEqual(ids(text), []);
  });

  it('--report-unused-disable reports suppressions that match nothing', () => {
    const text = pod(
      '# podlint-disable workload/selector-mismatch\n',
      '\n  annotations:\n    podlint.io/ignore: "ports/protocol-unsupported, ports/host-port-conflict"',
    );
    assert.deepEqual(ids(text, true), [
      ['podlint/unused-disable', 1],
      ['podlint/unused-disable', 7],
      ['podlint/unused-disable', 13],
    ]);
  });
});
