import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

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
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDaemonSetUpdateStrategy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDeploymentStrategy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateConcurrencyPolicy',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRule',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'NotSupported',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/policy/validation',
        function: 'ValidatePodDisruptionBudgetSpec',
        type: 'NotSupported',
      },
    ],
  },
  create: reportSchemaProblems('enum'),
});
