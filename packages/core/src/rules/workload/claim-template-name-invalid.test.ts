import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './claim-template-name-invalid.js';

/** A StatefulSet with one claim template whose metadata is `metadata` (flow style), from line 7. */
const withClaim = (metadata: string): string =>
  manifests.statefulSet(manifests.webContainer(), {
    fields: `serviceName: web\nvolumeClaimTemplates:\n  - metadata: ${metadata}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}`,
  });

runRuleTests(rule, {
  valid: [{ name: 'a claim template named data', code: withClaim('{name: data}') }],
  invalid: [
    {
      name: 'a name with an underscore',
      code: withClaim('{name: my_data}'),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].metadata.name',
          line: 8,
          column: 18,
          messageId: 'invalid',
          oracleField: 'spec.template.spec.volumes[0].name',
        },
      ],
    },
    {
      name: 'a name with a dot',
      code: withClaim('{name: data.v2}'),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].metadata.name',
          line: 8,
          column: 18,
          messageId: 'invalid',
          oracleField: 'spec.template.spec.volumes[0].name',
        },
      ],
    },
    {
      name: 'no name',
      code: withClaim('{labels: {app: web}}'),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].metadata.name',
          line: 8,
          column: 7,
          messageId: 'required',
          oracleField: 'spec.template.spec.volumes[0].name',
        },
      ],
    },
  ],
});
