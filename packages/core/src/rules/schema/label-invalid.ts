import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/label-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'An invalid label key or value, or an invalid annotation key (also in selectors and nodeSelector).',
    help: [
      'Label keys are an optional DNS-subdomain prefix and a name of at most 63 characters (`app.kubernetes.io/name`); label values are at most 63 characters of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit (or empty). Annotation keys follow the key rules; annotation values are free text. The same rules apply to `matchLabels`, `nodeSelector` and Service selectors. The API server rejects an object with an invalid one.',
      '',
      'Bad:',
      '```yaml',
      'labels:',
      '  app name: web',
      '  version: v1.0+build',
      '```',
      'Good:',
      '```yaml',
      'labels:',
      '  app-name: web',
      '  version: v1.0-build',
      '```',
    ].join('\n'),
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabels' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateAnnotations' },
    ],
  },
  create: reportSchemaProblems('label'),
});
