import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/storage-class-changed',
    description: "A StorageClass's provisioner, parameters, reclaimPolicy and volumeBindingMode may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateStorageClassUpdate' },
      // The same checks, declared on the v1 type (zz_generated.validations.go).
      { package: 'k8s.io/kubernetes/pkg/apis/storage/v1', function: 'Validate_StorageClass', field: 'provisioner' },
      { package: 'k8s.io/kubernetes/pkg/apis/storage/v1', function: 'Validate_StorageClass', field: 'parameters' },
      { package: 'k8s.io/kubernetes/pkg/apis/storage/v1', function: 'Validate_StorageClass', field: 'reclaimPolicy' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/storage/v1',
        function: 'Validate_StorageClass',
        field: 'volumeBindingMode',
      },
    ],
  },
  kinds: [{ kind: 'StorageClass', groups: ['storage.k8s.io'] }],
  fields: [
    { path: ['provisioner'], complaint: 'field is immutable' },
    { path: ['parameters'], complaint: 'field is immutable' },
    { path: ['reclaimPolicy'], complaint: 'field is immutable' },
    { path: ['volumeBindingMode'], complaint: 'field is immutable' },
  ],
  wayOut: (resource) =>
    `delete and re-create the StorageClass (\`kubectl replace --force -f <file>\`; volumes already provisioned keep their settings), or create a new class instead of ${JSON.stringify(resource.name ?? '')}`,
});
