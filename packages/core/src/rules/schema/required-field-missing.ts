import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/required-field-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'A field the API server requires is missing (after defaulting): a container without image, a volume without name, …',
    help: [
      'Validation rejects objects that lack certain fields: a container needs `name` and `image`, a volume needs `name`, a Deployment needs `selector`, a Service port needs `port`, and so on. podlint reports only what the API server really requires after defaulting (checked against the API server’s own code), not every field the OpenAPI document calls required. An empty list entry (`-` alone, or `null`) is read as an empty object, so it lacks every required field.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: web',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: web',
      '    image: nginx:1.27',
      '```',
    ].join('\n'),
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentSpec' },
    ],
  },
  create: reportSchemaProblems('required'),
});
