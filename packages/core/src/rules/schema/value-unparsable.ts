import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/value-unparsable',
    severity: 'error',
    origin: 'api-error',
    description: 'A value the API server cannot parse: a malformed resource quantity, Secret data that is not base64, a time that is not RFC 3339.',
    help: [
      'Some strings are parsed while the object is decoded, and a value that does not parse makes the API server reject the whole object. Resource quantities are a number with an optional suffix — `m`, `k`, `M`, `G`, `T`, `P`, `E` (powers of ten) or `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of two): `1Gb` and `512MB` are not quantities. Secret `data` values must be base64 (use `stringData` for plain text). Timestamps are RFC 3339.',
      '',
      'Bad:',
      '```yaml',
      'resources:',
      '  limits: {memory: 1Gb}',
      '```',
      'Good:',
      '```yaml',
      'resources:',
      '  limits: {memory: 1Gi}',
      '```',
    ].join('\n'),
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/resource', function: 'ParseQuantity' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1', function: 'Time.UnmarshalJSON' },
    ],
  },
  create: reportSchemaProblems('format'),
});
