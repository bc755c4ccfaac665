// Issue 19 item 1: CRD patterns run on RE2 semantics, in linear time; patterns RE2 refuses are reported on the CRD.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { widgetCrd } from '../fixtures/crds.js';
import { PODLINT } from '../support/cli.js';
import { workspace, type JsonReport } from './support.js';

function crdWithPatterns(patterns: Record<string, string>): string {
  return widgetCrd(
    Object.entries(patterns)
      .map(([name, pattern]) => `${name}: {type: string, pattern: '${pattern}'}`)
      .join('\n'),
  );
}

function widget(spec: Record<string, string>): string {
  return `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n${Object.entries(spec)
    .map(([key, value]) => `  ${key}: "${value}"`)
    .join('\n')}\n`;
}

describe('CRD patterns (item 1)', () => {
  it('^(a+)+$ against 40 a and a ! finishes (RE2 is linear) with the refusal', () => {
    // In a child process with a timeout: a backtracking engine would never return.
    const dir = workspace({
      'one.yaml': `${crdWithPatterns({ word: '^(a+)+$' })}---\n${widget({ word: `${'a'.repeat(40)}!` })}`,
    });
    const result = spawnSync(PODLINT, ['--format', 'json', 'one.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.signal, null, 'podlint hung on a catastrophic pattern');
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.deepEqual(
      report.results.map((finding) => [finding.ruleId, finding.path]),
      [['schema/crd-constraint-violated', 'spec.word']],
    );
  });

  it('matches the way Go does: unanchored, RE2 syntax', () => {
    const text = `${crdWithPatterns({ digits: '[0-9]+', posix: '^[[:alpha:]]+$' })}---\n${widget({ digits: 'abc123', posix: 'abc' })}`;
    assert.deepEqual(
      lint([{ file: 'a.yaml', text }]).files[0]?.findings.map((finding) => finding.ruleId),
      [],
    );
  });

  it('a pattern RE2 refuses is an error on the CRD, and on every value checked against it', () => {
    const text = `${crdWithPatterns({ name: '^(?!admin).*$' })}---\n${widget({ name: 'web' })}`;
    const findings = lint([{ file: 'a.yaml', text }]).files[0]?.findings ?? [];
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.path]),
      [
        [
          'schema/crd-schema-invalid',
          'spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.name.pattern',
        ],
        ['schema/crd-constraint-violated', 'spec.name'],
      ],
    );
    assert.match(findings[0]?.message ?? '', /RE2 .* refuses it/);
    assert.match(findings[1]?.message ?? '', /which RE2 .* refuses/);
  });
});
