import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/wrong-type',
    severity: 'error',
    origin: 'api-error',
    description:
      'A value of the wrong type: a quoted number, a YAML 1.1 boolean where text is needed, a mapping for a list, an integer overflow.',
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [{ package: 'sigs.k8s.io/json', function: 'UnmarshalCaseSensitivePreserveInts' }],
  },
  create: reportSchemaProblems('type'),
});
