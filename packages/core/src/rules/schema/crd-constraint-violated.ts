import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'schema/crd-constraint-violated',
    severity: 'error',
    origin: 'api-error',
    description:
      'A custom resource value breaks a constraint of its CustomResourceDefinition’s schema (pattern, minimum, maxLength, …).',
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apiextensions-apiserver/pkg/apiserver/validation', function: 'ValidateCustomResource' },
    ],
  },
  create: reportSchemaProblems('constraint'),
});
