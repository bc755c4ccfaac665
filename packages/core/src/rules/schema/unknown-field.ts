import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-field',
    severity: 'error',
    origin: 'api-error',
    description: 'A field the object’s schema does not have (a typo, a field of another release, or a YAML 1.1 key).',
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [{ package: 'sigs.k8s.io/json', function: 'UnmarshalStrict' }],
  },
  create: reportSchemaProblems('unknown-field'),
});
