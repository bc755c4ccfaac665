import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/value-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A value outside a closed set the API server enforces (imagePullPolicy, Service type, pathType, …).',
    help: [
      'Many fields accept only a fixed set of values, compared case-sensitively: `imagePullPolicy` is `Always`, `IfNotPresent` or `Never`; a Service `type` is `ClusterIP`, `NodePort`, `LoadBalancer` or `ExternalName`. The API server rejects anything else. podlint checks the sets the API server really enforces (some OpenAPI enums are open) and offers a fix when only the case is wrong.',
      '',
      'Bad:',
      '```yaml',
      'imagePullPolicy: ifNotPresent',
      '```',
      'Good:',
      '```yaml',
      'imagePullPolicy: IfNotPresent',
      '```',
    ].join('\n'),
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePullPolicy' },
    ],
  },
  create: reportSchemaProblems('enum'),
});
