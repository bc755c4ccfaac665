import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/storage-class-changed',
    description: "A StorageClass's provisioner, parameters, reclaimPolicy and volumeBindingMode may not change.",
    help: [
      'A StorageClass is a recipe the provisioner already used for existing volumes, so the API server refuses changes to `provisioner`, `parameters`, `reclaimPolicy` (absent means `Delete`) and `volumeBindingMode` (absent means `Immediate`). `allowVolumeExpansion`, `mountOptions` and `allowedTopologies` may change.',
      '',
      'Delete and re-create the StorageClass under the same name (existing volumes keep what they were provisioned with), or create a new class and move claims to it.',
      '',
      'Bad (old → new):',
      '```yaml',
      'parameters: {type: gp2}   # → gp3',
      '```',
      'Good (old → new):',
      '```yaml',
      'allowVolumeExpansion: false   # → true',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateStorageClassUpdate' },
    ],
  },
  kinds: [{ kind: 'StorageClass', groups: ['storage.k8s.io'] }],
  fields: [
    { path: ['provisioner'], complaint: 'field is immutable' },
    { path: ['parameters'], complaint: 'field is immutable' },
    { path: ['reclaimPolicy'], complaint: 'field is immutable' },
    { path: ['volumeBindingMode'], complaint: 'field is immutable' },
  ],
  wayOut: (resource) => `delete and re-create the StorageClass (\`kubectl replace --force -f <file>\`; volumes already provisioned keep their settings), or create a new class instead of ${JSON.stringify(resource.name ?? '')}`,
});
