import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
    assert.match(lines[0] ?? '', /^::error file=pod%2C1\.yaml,line=11,col=11,endLine=11,endColumn=\d+,title=ports\/protocol-unsupported::protocol "tcp"/);
  });

  it('sarif: 2.1.0 with rules and help, a region per result', () => {
    const log = JSON.parse(lintAs('sarif').stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; help: { text: string } }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
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

  it('junit: a test case per resource, failures for findings', () => {
    const xml = lintAs('junit').stdout;
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<testsuite name="pod,1\.yaml" tests="2" failures="1" errors="0">/);
    assert.match(xml, /<testcase classname="pod,1\.yaml" name="Pod web">\n\s+<failure type="ports\/protocol-unsupported"/);
    assert.match(xml, /<testcase classname="pod,1\.yaml" name="ConfigMap fine"\/>/);
    assert.match(xml, /&quot;udp, or so&quot;/);
  });

  it('stylish: no colour without a TTY, a summary line', () => {
    const { stdout } = lintAs('stylish');
    assert.doesNotMatch(stdout, /\u001b\[/);
    assert.match(stdout, /2 problems \(2 errors, 0 warnings, 0 infos\) in 2 resources, 1 file/);
  });

  it('json: results sorted by position, summary counts', () => {
    const report = JSON.parse(lintAs('json').stdout) as { results: Array<{ line: number }>; summary: { errors: number; resources: number } };
    assert.deepEqual(report.results.map((r) => r.line), [11, 13]);
    assert.deepEqual([report.summary.errors, report.summary.resources], [2, 2]);
  });
});
