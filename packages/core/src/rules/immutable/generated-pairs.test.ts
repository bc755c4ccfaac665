/**
 * A generated round of update pairs: for each covered kind a valid base object, and each of the
 * catalogue's immutable fields (plus allowed changes) changed one at a time. podlint's verdict
 * (an immutable-rule error or silence) must be the oracle's (reject or accept on the update
 * path), except for the few known disagreements listed with the mutation and explained there.
 * Every generated new version must itself be a valid object (the oracle accepts it as a create),
 * so a rejection can only come from the update.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { askOracle } from '../../../../../test/support/oracle-client.js';
import { lint } from '../../engine/lint.js';
import type { Base, Mutation } from '../../../test/fixtures/immutable/update-bases/base.js';
import { STORAGE_CONFIG_AND_CLUSTER_BASES } from '../../../test/fixtures/immutable/update-bases/storage-config-and-cluster.js';
import { WORKLOAD_AND_SERVICE_BASES } from '../../../test/fixtures/immutable/update-bases/workloads-and-services.js';
import { immutableRules } from './index.js';

const render = (value: unknown): string => stringify(value, { version: '1.1' });

function podlintVerdict(newText: string, oldText: string): { verdict: 'error' | 'silent'; findings: string[] } {
  const result = lint([{ file: 'new.yaml', text: newText }], {
    onlyRules: immutableRules,
    old: [{ file: 'old.yaml', text: oldText }],
  });
  const findings = result.files.flatMap((file) =>
    file.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => `${finding.ruleId} ${finding.path}: ${finding.message}`),
  );
  return { verdict: findings.length > 0 ? 'error' : 'silent', findings };
}

async function oracleVerdict(
  newText: string,
  oldText?: string,
): Promise<{ verdict: 'reject' | 'accept' | 'unknown'; errors: string }> {
  const verdicts = await askOracle(newText, oldText === undefined ? {} : { oldText });
  const errors = JSON.stringify(
    verdicts.flatMap((verdict) =>
      verdict.errors.map((error) => `${error.field}: ${error.detail.split('\n')[0] ?? ''}`),
    ),
  );
  if (verdicts.some((verdict) => verdict.verdict === 'reject')) return { verdict: 'reject', errors };
  if (verdicts.length > 0 && verdicts.every((verdict) => verdict.verdict === 'accept'))
    return { verdict: 'accept', errors };
  return { verdict: 'unknown', errors };
}

function pairs(base: Base): Array<{ mutation: Mutation; oldText: string; newText: string }> {
  const oldText = render(base.object);
  return base.mutations.map((mutation) => {
    const changed = structuredClone(base.object);
    mutation.edit(changed);
    return { mutation, oldText, newText: render(changed) };
  });
}

const ALL = [...WORKLOAD_AND_SERVICE_BASES, ...STORAGE_CONFIG_AND_CLUSTER_BASES];

describe('generated update pairs: podlint and the oracle agree', () => {
  it('covers the catalogue: every base has immutable changes or is a kind without any', () => {
    const withoutRejections = ALL.filter((base) =>
      base.mutations.every(
        (mutation) => mutation.name.endsWith('(allowed)') || mutation.name.includes('(allowed while'),
      ),
    );
    assert.deepEqual(withoutRejections.map((base) => base.name).sort(), [
      'ConfigMap',
      'CronJob',
      'HorizontalPodAutoscaler',
      'Ingress',
      'PodDisruptionBudget',
      'ReplicationController',
    ]);
    assert.ok(ALL.reduce((count, base) => count + base.mutations.length, 0) >= 150);
  });

  for (const base of ALL) {
    it(`${base.name}: the base object is valid`, async () => {
      const { verdict, errors } = await oracleVerdict(render(base.object));
      assert.equal(verdict, 'accept', errors);
    });
    for (const { mutation, oldText, newText } of pairs(base)) {
      const allowed = mutation.name.includes('(allowed');
      it(`${base.name}: ${mutation.name}`, async () => {
        const created = await oracleVerdict(newText);
        assert.equal(
          created.verdict,
          'accept',
          `the generated new version must be valid on its own: ${created.errors}`,
        );
        const podlint = podlintVerdict(newText, oldText);
        const oracle = await oracleVerdict(newText, oldText);
        const expectedPodlint = mutation.disagreement?.podlint ?? (oracle.verdict === 'reject' ? 'error' : 'silent');
        assert.equal(
          podlint.verdict,
          expectedPodlint,
          `podlint ${podlint.verdict} (${podlint.findings.join('; ')}), oracle ${oracle.verdict} (${oracle.errors})`,
        );
        if (mutation.disagreement) {
          assert.notEqual(
            oracle.verdict === 'reject' ? 'error' : 'silent',
            podlint.verdict,
            `the documented disagreement is gone (${mutation.disagreement.reason}); remove it`,
          );
        } else {
          assert.equal(
            oracle.verdict === 'reject' ? 'error' : 'silent',
            allowed ? 'silent' : 'error',
            `the catalogue says ${allowed ? 'allowed' : 'immutable'}, the oracle ${oracle.verdict}s: ${oracle.errors}`,
          );
        }
      });
    }
  }
});
