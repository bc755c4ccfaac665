import { runRuleTests } from '../../../test/support/rule-tester.js';
import { POD, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './unknown-kind.js';

const certificate = (name: string): string => `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: ${name}
spec:
  secretName: ${name}-tls
  issuerRef: {name: letsencrypt, kind: ClusterIssuer}
`;

runRuleTests(rule, {
  valid: [
    { name: 'built-in kinds are known', code: POD },
    {
      name: 'a custom resource whose CRD is in the input (custom resources: the oracle cannot judge them)',
      code: widget('size: 1'),
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'one note per kind, however many objects (custom resources: the oracle cannot judge them)',
      code: `${certificate('web')}---\n${certificate('api')}`,
      oracle: 'skip',
      errors: [
        {
          path: 'kind',
          line: 2,
          column: 1,
          message:
            'Certificate (cert-manager.io/v1) is a custom resource whose CustomResourceDefinition podlint does not know',
        },
      ],
    },
  ],
});
