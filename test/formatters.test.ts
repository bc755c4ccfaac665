import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { podlint, temporaryDirectory } from './support/cli.js';

const TWO_PROBLEMS = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 80
          protocol: tcp
        - containerPort: 81
          protocol: "udp, or so"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fine
`;

function lintAs(format: string): { status: number | null; stdout: string } {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'pod,1.yaml'), TWO_PROBLEMS);
  return podlint(['--format', format, 'pod,1.yaml'], { cwd: dir });
}

describe('formatters', () => {
  it('github: one workflow command per finding, properties escaped', () => {
    const { stdout, status } = lintAs('github');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[0] ?? '',
      /^::error file=pod%2C1\.yaml,line=11,col=11,endLine=11,endColumn=\d+,title=ports\/protocol-unsupported::protocol "tcp"/,
    );
  });

  it('sarif: 2.1.0 with rules and help, a region per result', () => {
    const log = JSON.parse(lintAs('sarif').stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; help: { text: string } }> } };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }>;
        }>;
      }>;
    };
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run?.tool.driver.name, 'podlint');
    assert.equal(run?.results.length, 2);
    const first = run?.results[0];
    assert.equal(run?.tool.driver.rules[first?.ruleIndex ?? -1]?.id, first?.ruleId);
    assert.ok(run?.tool.driver.rules.every((rule) => rule.help.text.length > 0));
    const rule = run?.tool.driver.rules[first?.ruleIndex ?? -1];
    assert.equal(rule?.helpUri, 'https://podlint.dev/rules/ports/protocol-unsupported');
    assert.match(rule?.help.text ?? '', /^# ports\/protocol-unsupported\n[^]*### Bad/);
    assert.deepEqual(first?.locations[0]?.physicalLocation.region.startLine, 11);
    assert.equal(first?.locations[0]?.physicalLocation.artifactLocation.uri, 'pod%2C1.yaml');
    assert.equal(first?.level, 'error');
  });

  it('junit: a test case per resource and failing rule, one failure in each, counts that add up', () => {
    const xml = lintAs('junit').stdout;
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<testsuites name="podlint" tests="2" failures="1" errors="0">/);
    assert.match(xml, /<testsuite name="pod,1\.yaml" tests="2" failures="1" errors="0">/);
    assert.match(
      xml,
      /<testcase classname="pod,1\.yaml" name="Pod web: ports\/protocol-unsupported">\n\s+<failure type="ports\/protocol-unsupported" message="[^"]*\(and 1 more\)">pod,1\.yaml:11:11 error [^<]*\npod,1\.yaml:13:11 error /,
    );
    assert.match(xml, /<testcase classname="pod,1\.yaml" name="ConfigMap fine"\/>/);
    assert.match(xml, /&quot;udp, or so&quot;/);
  });

  it('stylish: no colour without a TTY, a summary line', () => {
    const { stdout } = lintAs('stylish');
    assert.doesNotMatch(stdout, /\u001b\[/);
    assert.match(stdout, /2 problems \(2 errors, 0 warnings, 0 infos\) in 2 resources, 1 file/);
  });

  it('json: results sorted by position, summary counts', () => {
    const report = JSON.parse(lintAs('json').stdout) as {
      results: Array<{ line: number }>;
      summary: { errors: number; resources: number };
    };
    assert.deepEqual(
      report.results.map((r) => r.line),
      [11, 13],
    );
    assert.deepEqual([report.summary.errors, report.summary.resources], [2, 2]);
  });

  it('junit: every failing test case has exactly one failure, also with several rules on one resource', () => {
    const dir = temporaryDirectory();
    writeFileSync(
      join(dir, 'pod.yaml'),
      TWO_PROBLEMS.replace('  name: web\n', '  name: web\n  labels: {"bad key!": x}\n'),
    );
    const xml = podlint(['--format', 'junit', 'pod.yaml'], { cwd: dir }).stdout;
    const cases = xml.split('<testcase').slice(1);
    assert.ok(cases.length >= 3, xml);
    for (const testCase of cases) assert.ok((testCase.match(/<failure /g) ?? []).length <= 1, testCase);
    const failing = cases.filter((testCase) => testCase.includes('<failure ')).length;
    assert.match(
      xml,
      new RegExp(`<testsuites name="podlint" tests="${cases.length}" failures="${failing}" errors="0">`),
    );
  });

  it('sarif: the tool version, UTF-16 columns, and URIs relative to the repository root however the paths are given', () => {
    const repo = temporaryDirectory();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'k8s'));
    mkdirSync(join(repo, 'tools'));
    writeFileSync(join(repo, 'k8s', 'pod.yaml'), TWO_PROBLEMS);
    const uris = (args: string[], cwd: string): unknown[] => {
      const log = JSON.parse(podlint(['--format', 'sarif', ...args], { cwd }).stdout) as {
        runs: Array<{
          tool: { driver: { version: string } };
          columnKind: string;
          originalUriBaseIds: Record<string, { uri: string }>;
          results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }>;
        }>;
      };
      const run = log.runs[0];
      assert.match(run?.tool.driver.version ?? '', /^\d+\.\d+\.\d+/);
      assert.equal(run?.columnKind, 'utf16CodeUnits');
      assert.equal(run?.originalUriBaseIds['%SRCROOT%']?.uri, `file://${repo}/`);
      return [
        ...new Set(
          run?.results.map((result) => JSON.stringify(result.locations[0]?.physicalLocation.artifactLocation)),
        ),
      ].map((text) => JSON.parse(text) as unknown);
    };
    const expected = [{ uri: 'k8s/pod.yaml', uriBaseId: '%SRCROOT%' }];
    assert.deepEqual(uris(['k8s/pod.yaml'], repo), expected);
    assert.deepEqual(uris([join(repo, 'k8s', 'pod.yaml')], repo), expected);
    assert.deepEqual(uris(['../k8s/pod.yaml'], join(repo, 'tools')), expected);
    assert.deepEqual(uris(['pod.yaml'], join(repo, 'k8s')), expected);
  });

  it('related locations carry their own file: sarif and json', () => {
    const dir = temporaryDirectory();
    writeFileSync(
      join(dir, 'service.yaml'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n',
    );
    writeFileSync(
      join(dir, 'deploy.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    );
    const args = ['--rule', 'probes/readiness-missing-service-backed=warning', 'deploy.yaml', 'service.yaml'];
    const json = JSON.parse(podlint(['--format', 'json', ...args], { cwd: dir }).stdout) as {
      results: Array<{ ruleId: string; file: string; related?: Array<{ file: string; line: number }> }>;
    };
    const finding = json.results.find((result) => result.ruleId === 'probes/readiness-missing-service-backed');
    assert.equal(finding?.file, 'deploy.yaml');
    assert.deepEqual(
      finding?.related?.map((related) => [related.file, related.line]),
      [['service.yaml', 6]],
    );
    const log = JSON.parse(podlint(['--format', 'sarif', ...args], { cwd: dir }).stdout) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          relatedLocations?: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }>;
        }>;
      }>;
    };
    const related = log.runs[0]?.results.find((result) => result.ruleId === 'probes/readiness-missing-service-backed')
      ?.relatedLocations?.[0]?.physicalLocation;
    assert.deepEqual([related?.artifactLocation.uri, related?.region.startLine], ['service.yaml', 6]);
  });
});
