import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/required-field-missing',
    severity: 'error',
    origin: 'api-error',
    description:
      'A field the API server requires is missing (after defaulting): a container without image, a volume without name, …',
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentSpec' },
      // Storage fields the schema enforces: a PersistentVolume's access modes, a CSINode driver's nodeID.
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeSpec',
        type: 'Required',
        field: 'accessModes',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/storage/validation',
        function: 'validateCSINodeDriverNodeID',
        type: 'Required',
      },
    ],
  },
  create: reportSchemaProblems('required'),
});
