import { runRuleTests } from '../../../test/support/rule-tester.js';
import * as manifests from '../../../test/support/manifests.js';
import { claim, ephemeralClaim } from '../../../test/fixtures/storage/manifests.js';
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
    {
      name: 'a claim template keeps a snapshot without apiGroup',
      code: manifests.statefulSet(manifests.webContainer(), {
        fields: `serviceName: web\nvolumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n      dataSource: {kind: VolumeSnapshot, name: nightly}`,
      }),
      errors: [{ path: 'spec.volumeClaimTemplates[0].spec.dataSource', line: 12, column: 9, messageId: 'coreKind' }],
    },
    {
      name: 'a claim template with a cross-namespace source and a dataSource',
      code: manifests.statefulSet(manifests.webContainer(), {
        fields: `serviceName: web\nvolumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n      dataSourceRef: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: nightly, namespace: backups}\n      dataSource: {kind: PersistentVolumeClaim, name: other}`,
      }),
      errors: [
        {
          path: 'spec.volumeClaimTemplates[0].spec.dataSource',
          line: 13,
          column: 9,
          messageId: 'crossNamespace',
          oracleField: 'spec.volumeClaimTemplates[0].spec',
        },
      ],
    },
    {
      name: "an ephemeral volume's claim template is validated as written",
      code: ephemeralClaim(
        'accessModes: [ReadWriteOnce]\nresources: {requests: {storage: 1Gi}}\ndataSource: {kind: Secret, name: s}',
      ),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSource',
          line: 16,
          column: 13,
          messageId: 'coreKind',
        },
      ],
    },
  ],
});
