import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/value-unparsable',
    severity: 'error',
    origin: 'api-error',
    description:
      'A value the API server cannot parse: a malformed resource quantity, Secret data that is not base64, a time that is not RFC 3339.',
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/resource', function: 'ParseQuantity' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1', function: 'Time.UnmarshalJSON' },
    ],
  },
  create: reportSchemaProblems('format'),
});
