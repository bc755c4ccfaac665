import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../engine/lint.js';
import * as manifests from '../../../../test/support/manifests.js';
import hostNamespaces from '../host-namespaces.js';
import warnAuditViolation from '../warn-audit-violation.js';
import { policyFromLabels } from './namespace-policy.js';

const label = (mode: string): string => `pod-security.kubernetes.io/${mode}`;

describe('PodSecurity namespace policies', () => {
  it('warns at the enforce level unless warn is labelled, as PolicyToEvaluate does', () => {
    const policy = policyFromLabels('team-a', {
      [label('enforce')]: 'restricted',
      [label('enforce-version')]: 'v1.30',
    });
    assert.deepEqual(policy?.warn, { level: 'restricted', minor: 30 });
    assert.deepEqual(policy?.audit, { level: 'privileged', minor: undefined });
    const explicit = policyFromLabels('team-a', { [label('enforce')]: 'restricted', [label('warn')]: 'baseline' });
    assert.equal(explicit?.warn.level, 'baseline');
  });

  it('gives no policy for a label PodSecurity cannot read', () => {
    assert.equal(policyFromLabels('team-a', { [label('enforce')]: 'Baseline' }), undefined);
    assert.equal(policyFromLabels('team-a', { [label('enforce-version')]: '1.30' }), undefined);
  });

  it('takes the cluster defaults for modes the labels leave out', () => {
    const policy = policyFromLabels(
      'team-a',
      { [label('warn')]: 'baseline' },
      { enforce: 'restricted', audit: 'baseline' },
    );
    assert.equal(policy?.enforce.level, 'restricted');
    assert.equal(policy?.warn.level, 'baseline');
    assert.equal(policy?.audit.level, 'baseline');
  });

  const hostNetworkPod = manifests
    .pod(`hostNetwork: true\n${manifests.webContainer()}`)
    .replace('  name: web\n', '  name: web\n  namespace: payments\n');

  it('holds a namespace that is not in the input to the configured default level', () => {
    const run = (options: Parameters<typeof lint>[1]) =>
      lint([{ file: 'pod.yaml', text: hostNetworkPod }], {
        ...options,
        onlyRules: [hostNamespaces, warnAuditViolation],
      }).files[0]?.findings.map((finding) => [finding.ruleId, finding.severity, finding.path]);
    assert.deepEqual(run({}), []);
    assert.deepEqual(run({ podSecurityDefaults: { enforce: 'baseline' } }), [
      ['podsecurity/host-namespaces', 'error', 'spec.hostNetwork'],
    ]);
    assert.deepEqual(run({ podSecurityDefaults: { warn: 'baseline' } }), [
      ['podsecurity/warn-audit-violation', 'warning', 'spec.hostNetwork'],
    ]);
  });
});
