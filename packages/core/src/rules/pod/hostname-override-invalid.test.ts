import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './hostname-override-invalid.js';

const pod = (fields: string): string => manifests.pod(manifests.blocks(fields, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'a DNS name', code: pod('hostnameOverride: db-0.internal.example.com') },
    { name: 'a single label', code: pod('hostnameOverride: db') },
    {
      name: 'before 1.35 the API server drops the field',
      code: pod('hostnameOverride: Not_Valid'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'capitals and an underscore',
      code: pod('hostnameOverride: Invalid_Name'),
      errors: [{ path: 'spec.hostnameOverride', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'longer than 64 characters',
      code: pod(`hostnameOverride: ${'a'.repeat(70)}`),
      errors: [{ path: 'spec.hostnameOverride', line: 6, column: 3, messageId: 'tooLong' }],
    },
    {
      name: 'with setHostnameAsFQDN',
      code: pod('hostnameOverride: db\nsetHostnameAsFQDN: true'),
      errors: [{ path: 'spec.hostnameOverride', line: 6, column: 3, messageId: 'withFqdn' }],
    },
    {
      name: 'with hostNetwork, in a Deployment',
      code: manifests.deployment(manifests.blocks('hostnameOverride: db\nhostNetwork: true', manifests.webContainer())),
      errors: [{ path: 'spec.template.spec.hostnameOverride', line: 12, column: 7, messageId: 'withHostNetwork' }],
    },
  ],
});
