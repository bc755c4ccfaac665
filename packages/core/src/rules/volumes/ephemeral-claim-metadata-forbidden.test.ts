import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ephemeral-claim-metadata-forbidden.js';

/** A Pod whose ephemeral volume "scratch" has a claim template with `metadata` (unindented) from line 14. */
const pod = (metadata: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(),
      `volumes:\n  - name: scratch\n    ephemeral:\n      volumeClaimTemplate:\n        metadata:\n${manifests.indent(metadata, 10)}\n        spec:\n          accessModes: [ReadWriteOnce]\n          resources: {requests: {storage: 1Gi}}`,
    ),
  );

const METADATA = 'spec.volumes[0].ephemeral.volumeClaimTemplate.metadata';

runRuleTests(rule, {
  valid: [
    { name: 'labels and annotations', code: pod('labels: {app: web}\nannotations: {team: storage}') },
    {
      name: 'fields at their zero value count as unset',
      code: pod('name: ""\nnamespace: ""\ngeneration: 0\ncreationTimestamp: null\nfinalizers: null'),
    },
  ],
  invalid: [
    {
      name: 'a name',
      code: pod('name: data'),
      errors: [{ path: `${METADATA}.name`, line: 14, column: 13, messageId: 'forbidden' }],
      output: null,
    },
    {
      name: 'a namespace, an empty finalizer list and a uid',
      code: pod('namespace: web\nfinalizers: []\nuid: "1234"'),
      errors: [
        { path: `${METADATA}.namespace`, line: 14, column: 13, messageId: 'forbidden' },
        { path: `${METADATA}.finalizers`, line: 15, column: 13, messageId: 'forbidden' },
        // The API server names the field by its Go name, UID, with the first letter lower-cased.
        { path: `${METADATA}.uid`, line: 16, column: 13, messageId: 'forbidden', oracleField: `${METADATA}.uID` },
      ],
    },
    {
      name: 'a creation timestamp and a generation',
      code: pod('creationTimestamp: "2024-01-01T00:00:00Z"\ngeneration: 2'),
      errors: [
        { path: `${METADATA}.creationTimestamp`, line: 14, column: 13, messageId: 'forbidden' },
        { path: `${METADATA}.generation`, line: 15, column: 13, messageId: 'forbidden' },
      ],
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(
        manifests.blocks(
          manifests.webContainer(),
          'volumes:\n  - name: scratch\n    ephemeral:\n      volumeClaimTemplate:\n        metadata: {generateName: data-}\n        spec:\n          accessModes: [ReadWriteOnce]\n          resources: {requests: {storage: 1Gi}}',
        ),
      ),
      errors: [
        {
          path: 'spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.metadata.generateName',
          line: 19,
          column: 26,
          messageId: 'forbidden',
        },
      ],
    },
    {
      name: 'beside a null source, which is no source',
      code: manifests.pod(
        manifests.blocks(
          manifests.webContainer(),
          'volumes:\n  - name: scratch\n    persistentVolumeClaim: null\n    ephemeral:\n      volumeClaimTemplate:\n        metadata: {name: data}\n        spec:\n          accessModes: [ReadWriteOnce]\n          resources: {requests: {storage: 1Gi}}',
        ),
      ),
      errors: [{ path: `${METADATA}.name`, line: 14, column: 22, messageId: 'forbidden' }],
    },
    {
      name: 'a creation timestamp of the zero time, written out, is set too',
      code: pod('creationTimestamp: "0001-01-01T00:00:00Z"'),
      errors: [{ path: `${METADATA}.creationTimestamp`, line: 14, column: 13, messageId: 'forbidden' }],
    },
  ],
});
