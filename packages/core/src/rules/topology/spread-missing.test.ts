import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { spreadDeployment, specWith } from '../../../test/fixtures/topology/spread-constraints.js';
import rule from './spread-missing.js';

const deployment = (replicas: number, affinity = ''): string =>
  manifests.deployment(affinity ? specWith('affinity', affinity) : manifests.webContainer(), {
    fields: `replicas: ${replicas}`,
  });

const ANTI_AFFINITY = `podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector: {matchLabels: {app: web}}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'spread constraints',
      code: spreadDeployment(
        '- {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}',
      ),
    },
    { name: 'pod anti-affinity', code: deployment(3, ANTI_AFFINITY) },
    { name: 'one replica', code: deployment(1) },
  ],
  invalid: [
    {
      name: 'three replicas without spreading',
      code: deployment(3),
      errors: [{ path: 'spec.template.spec', line: 12, column: 5, message: 'runs 3 replicas' }],
      output: null,
    },
  ],
});
