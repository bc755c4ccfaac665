import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/label-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'An invalid label key or value, or an invalid annotation key (also in selectors and nodeSelector).',
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabels' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateAnnotations' },
    ],
  },
  create: reportSchemaProblems('label'),
});
