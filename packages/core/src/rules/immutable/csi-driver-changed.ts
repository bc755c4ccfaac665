import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/csi-driver-changed',
    description: "A CSIDriver's attachRequired and volumeLifecycleModes may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateCSIDriverUpdate' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/storage/v1',
        function: 'Validate_CSIDriverSpec',
        field: 'volumeLifecycleModes',
      },
    ],
  },
  kinds: [{ kind: 'CSIDriver', groups: ['storage.k8s.io'] }],
  fields: [
    { path: ['spec', 'attachRequired'], serverPath: 'spec.attachedRequired', complaint: 'field is immutable' },
    { path: ['spec', 'volumeLifecycleModes'], complaint: 'field is immutable' },
  ],
  wayOut: (resource) =>
    `delete and re-create the CSIDriver (\`kubectl delete csidriver ${resource.name ?? '<name>'}\`, then apply; no volume operations of the driver should run meanwhile)`,
});
