import { networkPolicy } from '../../../test/fixtures/networking/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './network-policy-peer-invalid.js';

/** One egress rule with one peer (at line 9, column 11). */
const policy = (peer: string): string => networkPolicy(`podSelector: {}\negress:\n  - to:\n      - ${peer}`);

runRuleTests(rule, {
  valid: [
    { name: 'pods of some namespaces', code: policy('{podSelector: {}, namespaceSelector: {matchLabels: {team: a}}}') },
    { name: 'an ipBlock', code: policy('{ipBlock: {cidr: 10.0.0.0/8}}') },
  ],
  invalid: [
    {
      name: 'an empty peer',
      code: policy('{}'),
      errors: [{ path: 'spec.egress[0].to[0]', line: 9, column: 11, messageId: 'required' }],
      output: null,
    },
    {
      name: 'an ipBlock with a selector',
      code: policy('{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}'),
      errors: [{ path: 'spec.egress[0].to[0]', line: 9, column: 11, messageId: 'ipBlockAlone' }],
    },
  ],
});
