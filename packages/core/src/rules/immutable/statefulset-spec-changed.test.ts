import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './statefulset-spec-changed.js';

/**
 * StatefulSet `db`: spec fields (column 3) start at line 6, before serviceName, selector and template;
 * volume claim templates, when given, come last.
 */
const statefulSet = (
  specFields = '',
  { serviceName = 'db', image = 'postgres:16', storage = '' } = {},
): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
${specFields}  serviceName: ${serviceName}
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: db
          image: ${image}
${
  storage === ''
    ? ''
    : `  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: ${storage}
`
}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'template, replicas and updateStrategy change',
      old: statefulSet('  replicas: 3\n'),
      code: statefulSet(
        '  replicas: 5\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate: {partition: 2}\n',
        { image: 'postgres:17' },
      ),
    },
    {
      name: 'revisionHistoryLimit and minReadySeconds change',
      old: statefulSet(),
      code: statefulSet('  revisionHistoryLimit: 3\n  minReadySeconds: 10\n'),
    },
    {
      name: 'podManagementPolicy written as its default',
      old: statefulSet(),
      code: statefulSet('  podManagementPolicy: OrderedReady\n'),
    },
    {
      name: 'volume claim templates unchanged, the size written another way',
      old: statefulSet('', { storage: '10Gi' }),
      code: statefulSet('', { storage: '10240Mi' }),
    },
  ],
  invalid: [
    {
      name: 'a volume claim template grows (1.37 reports spec.volumeClaimTemplates)',
      old: statefulSet('', { storage: '10Gi' }),
      code: statefulSet('', { storage: '20Gi' }),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage',
          line: 23,
          column: 13,
          message: 'to grow storage, also expand each existing claim',
          oracleField: 'spec.volumeClaimTemplates',
        },
      ],
    },
    {
      name: 'a claim template’s deletionGracePeriodSeconds set to 0 (a pointer: 0 is set)',
      old: statefulSet('', { storage: '10Gi' }),
      code: statefulSet('', { storage: '10Gi' }).replace(
        'name: data\n',
        'name: data\n        deletionGracePeriodSeconds: 0\n',
      ),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].metadata.deletionGracePeriodSeconds',
          line: 19,
          column: 9,
          message: '(unset) → 0',
          oracleField: 'spec.volumeClaimTemplates',
        },
      ],
    },
    {
      name: 'a volume claim template is added',
      old: statefulSet(),
      code: statefulSet('', { storage: '10Gi' }),
      errors: [{ path: 'spec.volumeClaimTemplates', line: 16, column: 3, message: '--cascade=orphan' }],
    },
    {
      name: 'serviceName changes',
      old: statefulSet(),
      code: statefulSet('', { serviceName: 'db-headless' }),
      errors: [
        { path: 'spec.serviceName', line: 6, column: 3, message: 'spec.serviceName changes "db" → "db-headless"' },
      ],
    },
    {
      name: 'podManagementPolicy is set to Parallel (the old one defaulted to OrderedReady)',
      old: statefulSet(),
      code: statefulSet('  podManagementPolicy: Parallel\n'),
      errors: [{ path: 'spec.podManagementPolicy', line: 6, column: 3, message: '"OrderedReady" → "Parallel"' }],
    },
    {
      name: 'podManagementPolicy Parallel is dropped, so it goes back to the default',
      old: statefulSet('  podManagementPolicy: Parallel\n'),
      code: statefulSet(),
      errors: [
        { path: 'spec.podManagementPolicy', line: 5, column: 1, message: 'the API server fills in this default' },
      ],
    },
  ],
});
