import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/csi-driver-changed',
    description: "A CSIDriver's attachRequired and volumeLifecycleModes may not change.",
    help: [
      'Whether volumes of a CSI driver need attaching, and which lifecycle modes it serves, are read by the attach/detach controller and the kubelet for volumes already in use; the API server refuses changes to `spec.attachRequired` (absent means `true`; the error names `spec.attachedRequired`) and `spec.volumeLifecycleModes` (absent means `[Persistent]`). The other fields may change.',
      '',
      "Delete and re-create the CSIDriver object (it normally comes with the driver's Helm chart or manifests).",
      '',
      'Bad (old → new):',
      '```yaml',
      'spec: {attachRequired: true}   # → false',
      '```',
      'Good (old → new):',
      '```yaml',
      'spec: {attachRequired: true, podInfoOnMount: false}   # → podInfoOnMount: true',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateCSIDriverUpdate' },
    ],
  },
  kinds: [{ kind: 'CSIDriver', groups: ['storage.k8s.io'] }],
  fields: [
    { path: ['spec', 'attachRequired'], serverPath: 'spec.attachedRequired', complaint: 'field is immutable' },
    { path: ['spec', 'volumeLifecycleModes'], complaint: 'field is immutable' },
  ],
  wayOut: (resource) => `delete and re-create the CSIDriver (\`kubectl delete csidriver ${resource.name ?? '<name>'}\`, then apply; no volume operations of the driver should run meanwhile)`,
});
