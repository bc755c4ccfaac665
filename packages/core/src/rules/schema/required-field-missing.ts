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
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'ValidateCrossVersionObjectReference',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateCronJobSpec',
        type: 'Required',
        field: 'schedule',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidatePolicyRule',
        type: 'Required',
        field: 'verbs',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/rbac/validation',
        function: 'ValidateRoleBindingSubject',
        type: 'Required',
        field: 'name',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'ValidateRuntimeClass', type: 'Required' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'validateOwnerReference', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v1', function: 'Validate_CrossVersionObjectReference' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v2', function: 'Validate_CrossVersionObjectReference' },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/v1', function: 'Validate_CronJobSpec', field: 'schedule' },
      { package: 'k8s.io/kubernetes/pkg/apis/node/v1', function: 'Validate_RuntimeClass', field: 'handler' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_PolicyRule', field: 'verbs' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_RoleRef', field: 'name' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/v1', function: 'Validate_Subject', field: 'name' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'Validate_OwnerReference' },
    ],
  },
  create: reportSchemaProblems('required'),
});
