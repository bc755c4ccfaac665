import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

const CORE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'schema/duplicate-entry',
    severity: 'error',
    origin: 'api-error',
    description:
      'Two entries of a keyed list share their key: two containers or volumes with one name, two volume mounts at one path, …',
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumes' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumeMounts' },
      // A pod's resourceClaims names are unique.
      { package: CORE_VALIDATION, function: 'validatePodResourceClaim', type: 'Duplicate', field: 'name' },
    ],
  },
  create: reportSchemaProblems('duplicate-entry'),
});
