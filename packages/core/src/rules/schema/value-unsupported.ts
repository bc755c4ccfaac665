import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const STORAGE = 'k8s.io/kubernetes/pkg/apis/storage/validation';

export default defineRule({
  meta: {
    id: 'schema/value-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A value outside a closed set the API server enforces (imagePullPolicy, Service type, pathType, …).',
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePullPolicy' },
      // The storage enums (access modes, volume modes, reclaim policies, binding modes): closed sets in the schema.
      { package: CORE, function: 'ValidatePersistentVolumeSpec', type: 'NotSupported', field: 'accessModes' },
      {
        package: CORE,
        function: 'ValidatePersistentVolumeSpec',
        type: 'NotSupported',
        field: 'persistentVolumeReclaimPolicy',
      },
      { package: CORE, function: 'ValidatePersistentVolumeSpec', type: 'NotSupported', field: 'volumeMode' },
      { package: CORE, function: 'ValidatePersistentVolumeClaimSpec', type: 'NotSupported', field: 'accessModes' },
      { package: CORE, function: 'ValidatePersistentVolumeClaimSpec', type: 'NotSupported', field: 'volumeMode' },
      { package: STORAGE, function: 'validateReclaimPolicy', type: 'NotSupported' },
      { package: STORAGE, function: 'validateVolumeBindingMode', type: 'NotSupported' },
      { package: CORE, function: 'validateHostPathType', type: 'NotSupported' },
      { package: CORE, function: 'validateAzureDisk', type: 'NotSupported', field: 'cachingMode' },
      { package: CORE, function: 'validateAzureDisk', type: 'NotSupported', field: 'kind' },
    ],
  },
  create: reportSchemaProblems('enum'),
});
