import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, editLine, insertAfter, POD } from '../../../test/fixtures/schema/manifests.js';
import rule from './label-invalid.js';

const label = (line: string): string => editLine(POD, 6, 'app: web', line);

runRuleTests(rule, {
  valid: [
    {
      name: "a CronJob's jobTemplate metadata is not validated (only its spec is)",
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: report}\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    metadata:\n      labels: {"bad key": v}\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: r, image: "r:1"}]\n',
    },
    {
      name: "a StatefulSet's volumeClaimTemplates metadata is not validated (only each template's spec is)",
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: postgres:16}]}
  volumeClaimTemplates:
  - metadata:
      name: data
      labels: {"bad key": v}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
`,
    },
    {
      name: 'prefixed and plain keys',
      code: label('app.kubernetes.io/name: web\n    tier: "frontend"\n    empty: ""'),
    },
    { name: 'a 63-character value', code: label(`version: ${'a'.repeat(63)}`) },
    {
      name: 'annotation keys are checked lower-cased; values are free text',
      code: POD.replace('  labels:\n', '  annotations:\n    Example.COM/Owner: "Team A <a@example.com>"\n  labels:\n'),
    },
    { name: 'a selector with valid labels', code: deployment() },
  ],
  invalid: [
    {
      name: 'a key with a space (the API server reports the map)',
      code: label('"app name": web'),
      errors: [
        {
          path: 'metadata.labels[app name]',
          line: 6,
          column: 5,
          message: 'label key "app name" is invalid',
          oracleField: 'metadata.labels',
        },
      ],
    },
    {
      name: 'an upper-case prefix in a label key',
      code: label('Example.com/tier: web'),
      errors: [
        {
          path: 'metadata.labels[Example.com/tier]',
          line: 6,
          column: 5,
          message: 'the prefix "Example.com" is invalid',
          oracleField: 'metadata.labels',
        },
      ],
    },
    {
      name: 'a value with a plus sign',
      code: label('version: v1.0+build'),
      errors: [
        {
          path: 'metadata.labels.version',
          line: 6,
          column: 5,
          message: 'label value "v1.0+build" is invalid',
          oracleField: 'metadata.labels',
        },
      ],
    },
    {
      name: 'a value of 64 characters',
      code: label(`version: ${'a'.repeat(64)}`),
      errors: [
        {
          path: 'metadata.labels.version',
          line: 6,
          column: 5,
          message: 'it is 64 characters long; the limit is 63',
          oracleField: 'metadata.labels',
        },
      ],
    },
    {
      name: 'an annotation key with a space',
      code: POD.replace('  labels:\n', '  annotations:\n    "owner team": a\n  labels:\n'),
      errors: [
        {
          path: 'metadata.annotations[owner team]',
          line: 6,
          column: 5,
          message: 'annotation key "owner team" is invalid',
          oracleField: 'metadata.annotations',
        },
      ],
    },
    {
      name: 'a nodeSelector value that ends with a dot',
      code: insertAfter(POD, 7, '  nodeSelector:\n    pool: gpu.'),
      errors: [
        {
          path: 'spec.nodeSelector.pool',
          line: 9,
          column: 5,
          message: 'label value "gpu." is invalid',
          oracleField: 'spec.nodeSelector',
        },
      ],
    },
    {
      name: 'a matchLabels key with a slash too many',
      code: editLine(deployment(), 11, 'app: web', 'a/b/c: web'),
      errors: [
        {
          path: 'spec.selector.matchLabels[a/b/c]',
          line: 11,
          column: 7,
          message: 'at most one "/"',
          oracleField: 'spec.selector.matchLabels',
        },
      ],
    },
  ],
});
