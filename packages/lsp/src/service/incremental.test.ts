import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type Finding, type LintOptions } from '@podlint/core';
import { IncrementalLinter, splitAtDocuments } from './incremental.js';

/** The incremental linter must say exactly what lint() says about the whole text, edit after edit. */
const pod = (name: string, protocol = 'TCP', extra = ''): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
          protocol: ${protocol}${extra}
`;

const service = `apiVersion: v1
kind: Service
metadata:
  name: front
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: http
`;

function comparable(findings: readonly Finding[]): string[] {
  return findings
    .map((finding) =>
      JSON.stringify([finding.ruleId, finding.message, finding.range, finding.fix ?? null, finding.related ?? null]),
    )
    .sort();
}

function assertSame(linter: IncrementalLinter, text: string, options: LintOptions = {}): void {
  const expected = lint([{ file: 'f.yaml', text }], options).files[0]?.findings ?? [];
  assert.deepEqual(comparable(linter.lint(text, options)), comparable(expected));
}

describe('IncrementalLinter', () => {
  it('equals lint() across a sequence of edits: per-part findings shifted, cross-document findings and related locations exact', () => {
    const linter = new IncrementalLinter('f.yaml');
    const options: LintOptions = {};
    const texts = [
      `${pod('a', 'tcp')}---\n${pod('b')}---\n${service}`,
      // An edit in the first document moves every later one down by a line.
      `${pod('a', 'tcp', '\n          hostPort: 8080')}---\n${pod('b')}---\n${service}`,
      // The same object twice: a cross-document finding pointing at the first with a related location.
      `${pod('a')}---\n${pod('b')}---\n${pod('a', 'udp')}`,
      // A broken document between two good ones: one syntax error, the others still checked.
      `${pod('a', 'tcp')}---\nmetadata: [unclosed\n---\n${pod('c', 'sctp')}`,
      // Duplicate keys: the message names the line of the first, in the whole text's numbering.
      `${pod('a')}---\n${pod('b')}metadata: {}\n`,
    ];
    for (const text of texts) assertSame(linter, text, options);
  });

  it('reads the whole text at once where cutting would change its meaning', () => {
    assert.equal(
      splitAtDocuments(`# podlint-disable ports/protocol-unsupported\n${pod('a', 'tcp')}---\n${pod('b', 'tcp')}`)
        .length,
      1,
    );
    assert.equal(splitAtDocuments(`%YAML 1.1\n---\n${pod('a')}`).length, 1);
    assert.equal(splitAtDocuments(`${pod('a')}...\n---\n${pod('b')}`).length, 1);
    assert.equal(splitAtDocuments(`${pod('a')}---\n${pod('b')}--- # third\n${pod('c')}`).length, 3);
    const linter = new IncrementalLinter('f.yaml');
    assertSame(linter, `# podlint-disable ports/protocol-unsupported\n${pod('a', 'tcp')}---\n${pod('b', 'tcp')}`);
    assertSame(
      linter,
      `${pod('a', 'tcp')}---\n# podlint-disable-next-line ports/protocol-unsupported\n${pod('b', 'tcp')}`,
    );
  });

  it('follows new options (rule overrides, release, old versions for the update rules)', () => {
    const linter = new IncrementalLinter('f.yaml');
    const text = `${pod('a', 'tcp')}---\n${service}`;
    assertSame(linter, text, {});
    assertSame(linter, text, { rules: { 'ports/protocol-unsupported': 'off' } });
    assertSame(linter, text, { kubernetesVersion: '1.29' });
    const old = [{ file: 'old.yaml', text: text.replace('selector: {app: web}', 'selector: {app: api}') }];
    assertSame(linter, text, { old });
  });
});
