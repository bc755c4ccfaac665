import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './claim-duplicate.js';

const CLAIMS =
  'resourceClaims:\n  - name: gpu\n    resourceClaimTemplateName: gpus\n  - name: nic\n    resourceClaimName: shared-nic';
const pod = (claims: string): string =>
  manifests.pod(manifests.blocks(CLAIMS, manifests.webContainer(`resources:\n  claims: ${claims}`)));

runRuleTests(rule, {
  valid: [
    { name: 'two requests of one claim', code: pod('[{name: gpu, request: a}, {name: gpu, request: b}]') },
    { name: 'two whole claims', code: pod('[{name: gpu}, {name: nic}]') },
    {
      name: 'the same claim in two containers',
      code: manifests.pod(
        manifests.blocks(
          CLAIMS,
          'containers:\n  - name: a\n    image: nginx:1.27\n    resources: {claims: [{name: gpu}]}\n  - name: b\n    image: nginx:1.27\n    resources: {claims: [{name: gpu}]}',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a whole claim twice',
      code: pod('[{name: gpu}, {name: gpu}]'),
      errors: [{ path: 'spec.containers[0].resources.claims[1]', line: 15, column: 31, messageId: 'duplicate' }],
      output: null,
    },
    {
      name: 'the same request twice',
      code: pod('[{name: gpu, request: a}, {name: gpu, request: a}]'),
      errors: [{ path: 'spec.containers[0].resources.claims[1]', line: 15, column: 43, messageId: 'duplicate' }],
    },
    {
      name: 'a whole claim after one of its requests, then another request of it',
      code: pod('[{name: gpu, request: a}, {name: gpu}, {name: gpu, request: b}]'),
      errors: [
        { path: 'spec.containers[0].resources.claims[1]', line: 15, column: 43, messageId: 'duplicate' },
        { path: 'spec.containers[0].resources.claims[2]', line: 15, column: 56, messageId: 'duplicate' },
      ],
    },
    {
      name: 'a request after the whole claim, in a Deployment',
      code: manifests.deployment(
        manifests.blocks(
          CLAIMS,
          manifests.webContainer('resources:\n  claims: [{name: nic}, {name: nic, request: port}]'),
        ),
      ),
      errors: [
        { path: 'spec.template.spec.containers[0].resources.claims[1]', line: 21, column: 35, messageId: 'duplicate' },
      ],
    },
  ],
});
