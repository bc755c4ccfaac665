import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-api-approval-missing.js';

const annotated = (value: string): string =>
  crd({ name: `widgets.x.k8s.io\n  annotations:\n    api-approved.kubernetes.io: ${value}`, group: 'x.k8s.io' });

runRuleTests(rule, {
  valid: [
    { name: 'a group of your own', code: crd() },
    { name: 'a group that only looks alike', code: crd({ name: 'widgets.x-k8s.io', group: 'x-k8s.io' }) },
    { name: 'an approval URL', code: annotated('"https://github.com/kubernetes/enhancements/pull/1111"') },
    { name: 'an unapproved experiment', code: annotated('"unapproved, experimental"') },
  ],
  invalid: [
    {
      name: 'a k8s.io group without approval',
      code: crd({ name: 'widgets.x.k8s.io', group: 'x.k8s.io' }),
      errors: [{ path: 'metadata.annotations[api-approved.kubernetes.io]', line: 3, column: 1, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'an approval that is no URL',
      code: annotated('approved'),
      errors: [{ path: 'metadata.annotations[api-approved.kubernetes.io]', line: 6, column: 5, messageId: 'invalid' }],
    },
  ],
});
