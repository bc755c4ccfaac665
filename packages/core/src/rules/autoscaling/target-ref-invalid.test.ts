import { runRuleTests } from '../../../test/support/rule-tester.js';
import { autoscaler } from '../../../test/fixtures/autoscaling/manifests.js';
import rule from './target-ref-invalid.js';

const targeting = (apiVersion: string, kind = 'Deployment', name = 'web'): string =>
  autoscaler('maxReplicas: 5').replace(
    '    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n',
    `    apiVersion: ${apiVersion}\n    kind: ${kind}\n    name: ${name}\n`,
  );

runRuleTests(rule, {
  valid: [
    { name: 'a Deployment in apps/v1', code: targeting('apps/v1') },
    { name: 'a ReplicationController may name v1', code: targeting('v1', 'ReplicationController') },
    {
      name: 'an update that keeps the apiVersion and kind is not checked again',
      code: targeting('v1', 'Deployment', 'web-v2'),
      old: targeting('v1', 'Deployment', 'web'),
    },
  ],
  invalid: [
    {
      name: 'a Deployment in v1 (no API group)',
      code: targeting('v1'),
      errors: [{ path: 'spec.scaleTargetRef.apiVersion', line: 7, column: 5, messageId: 'apiVersion' }],
      output: null,
    },
    {
      name: 'a "/" in the target name',
      code: targeting('apps/v1', 'Deployment', 'team/web'),
      errors: [{ path: 'spec.scaleTargetRef.name', line: 9, column: 5, messageId: 'pathSegment' }],
    },
  ],
});
