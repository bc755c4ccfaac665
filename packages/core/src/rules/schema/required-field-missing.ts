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
      // An Ingress rule's http without paths, a path without pathType.
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressRuleValue',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressPath',
        type: 'Required',
      },
    ],
  },
  create: reportSchemaProblems('required'),
});
