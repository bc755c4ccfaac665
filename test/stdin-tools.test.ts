import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { podlint, REPO_ROOT } from './support/cli.js';

interface JsonReport {
  results: Array<{
    file: string;
    line: number;
    column: number;
    ruleId: string;
    severity: string;
    resource: { kind: string; name: string | null; namespace: string | null } | null;
  }>;
  summary: { files: number; resources: number; errors: number };
}

/** Hand-written captures of what the tools print, with one deliberate API-server error each. */
const HELM_OUTPUT = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'helm-template-output.yaml'), 'utf8');
const KUSTOMIZE_OUTPUT = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'kustomize-build-output.yaml'), 'utf8');

function lintStdin(
  text: string,
  args: readonly string[] = [],
): { status: number | null; report: JsonReport; stderr: string } {
  const run = podlint(['--format', 'json', ...args, '-'], { input: text });
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

function errors(report: JsonReport): string[] {
  return report.results
    .filter((finding) => finding.severity === 'error')
    .map(
      (finding) =>
        `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.resource?.kind}/${finding.resource?.name}`,
    );
}

describe('rendered output through standard input', () => {
  it('helm template … | podlint --stdin-filename chart.yaml -: findings at the lines of the rendered stream', () => {
    const { status, report, stderr } = lintStdin(HELM_OUTPUT, ['--stdin-filename', 'chart.yaml']);
    assert.equal(status, 1, stderr);
    assert.equal(report.summary.resources, 5);
    assert.deepEqual(errors(report), ['chart.yaml:89:15 ports/protocol-unsupported Deployment/shop-web']);
    assert.ok(report.results.every((finding) => finding.file === 'chart.yaml'));
    // `# Source:` comments, the leading `---` and a Go template inside a block scalar are all plain YAML.
    assert.ok(
      !report.results.some(
        (finding) => finding.ruleId.startsWith('yaml/') || finding.ruleId === 'podlint/internal-error',
      ),
    );
  });

  it('kustomize build … | podlint -: sorted, commentless output, reported as <stdin> by default', () => {
    const { status, report, stderr } = lintStdin(KUSTOMIZE_OUTPUT);
    assert.equal(status, 1, stderr);
    assert.equal(report.summary.resources, 6);
    assert.deepEqual(errors(report), ['<stdin>:65:7 workload/selector-mismatch Deployment/prod-cart']);
    assert.ok(
      !report.results.some(
        (finding) => finding.ruleId.startsWith('yaml/') || finding.ruleId === 'podlint/internal-error',
      ),
    );
    assert.equal(
      report.results.find((finding) => finding.ruleId === 'workload/selector-mismatch')?.resource?.namespace,
      'shop-prod',
    );
  });

  it('lints standard input together with files, and reads it once', () => {
    const run = podlint(
      ['--format', 'json', '--stdin-filename', 'chart.yaml', '-', 'test/fixtures/kustomize-build-output.yaml', '-'],
      { input: HELM_OUTPUT },
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.status, 1);
    assert.deepEqual([...new Set(report.results.map((finding) => finding.file))].sort(), [
      'chart.yaml',
      'test/fixtures/kustomize-build-output.yaml',
    ]);
    assert.equal(report.summary.files, 2);
  });

  it('accepts empty input and input of comments only', () => {
    for (const input of ['', '# nothing rendered\n---\n']) {
      const { status, report } = lintStdin(input);
      assert.equal(status, 0);
      assert.deepEqual([report.summary.resources, report.results.length], [0, 0]);
    }
  });

  it('fixes nothing from standard input: --fix with - is a usage error', () => {
    const run = podlint(['--fix', '-'], { input: HELM_OUTPUT });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--fix cannot write to standard input/);
  });
});
