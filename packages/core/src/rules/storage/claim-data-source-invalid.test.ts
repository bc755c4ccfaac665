import { runRuleTests } from '../../../test/support/rule-tester.js';
import { claim } from '../../../test/fixtures/storage/manifests.js';
import rule from './claim-data-source-invalid.js';

const withSource = (source: string): string =>
  claim(`accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: 1Gi\n${source}`);
const snapshot = '{apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: nightly}';

runRuleTests(rule, {
  valid: [
    { name: 'a snapshot in dataSourceRef', code: withSource(`dataSourceRef: ${snapshot}`) },
    { name: 'a claim in dataSource', code: withSource('dataSource: {kind: PersistentVolumeClaim, name: data-0}') },
    { name: 'the same source twice', code: withSource(`dataSource: ${snapshot}\ndataSourceRef: ${snapshot}`) },
    {
      name: 'a snapshot without apiGroup in dataSource alone is dropped',
      code: withSource('dataSource: {kind: VolumeSnapshot, name: nightly}'),
    },
    {
      name: 'a cross-namespace dataSourceRef is dropped',
      code: withSource('dataSourceRef: {apiGroup: Bad_Group, kind: VolumeSnapshot, name: snap, namespace: other}'),
    },
  ],
  invalid: [
    {
      name: 'an empty dataSourceRef',
      code: withSource('dataSourceRef: {}'),
      errors: [
        { path: 'spec.dataSourceRef.name', line: 10, column: 3, messageId: 'required' },
        { path: 'spec.dataSourceRef.kind', line: 10, column: 3, messageId: 'required' },
        { path: 'spec.dataSourceRef', line: 10, column: 3, messageId: 'coreKind' },
      ],
      output: null,
    },
    {
      name: 'a snapshot without apiGroup in dataSourceRef',
      code: withSource('dataSourceRef: {kind: VolumeSnapshot, name: nightly}'),
      errors: [{ path: 'spec.dataSourceRef', line: 10, column: 3, messageId: 'coreKind' }],
    },
    {
      name: 'two different sources',
      code: withSource(
        `dataSource: ${snapshot}\ndataSourceRef: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: weekly}`,
      ),
      errors: [{ path: 'spec.dataSource', line: 10, column: 3, messageId: 'mismatch', oracleField: 'spec' }],
    },
    {
      name: 'an upper-case apiGroup',
      code: withSource('dataSourceRef: {apiGroup: Populators.Example.com, kind: Sample, name: s}'),
      errors: [{ path: 'spec.dataSourceRef.apiGroup', line: 10, column: 19, messageId: 'apiGroup' }],
    },
  ],
});
