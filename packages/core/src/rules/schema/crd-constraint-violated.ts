import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/crd-constraint-violated',
    severity: 'error',
    origin: 'api-error',
    description: 'A custom resource value breaks a constraint of its CustomResourceDefinition’s schema (pattern, minimum, maxLength, …).',
    help: [
      'When podlint knows a custom resource’s CustomResourceDefinition (in the linted files, under `crds:` in the config, or given with `--crd`), it validates the resource against the schema of the served version, as the API server does. Types, unknown fields, required fields and enums are reported by the other schema rules; this rule reports the remaining constraints: `pattern`, `minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems` and the like.',
      '',
      'Bad (the CRD says `replicas: {type: integer, minimum: 1}`):',
      '```yaml',
      'spec:',
      '  replicas: 0',
      '```',
      'Good:',
      '```yaml',
      'spec:',
      '  replicas: 1',
      '```',
    ].join('\n'),
    fixable: false,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'k8s.io/apiextensions-apiserver/pkg/apiserver/validation', function: 'ValidateCustomResource' },
    ],
  },
  create: reportSchemaProblems('constraint'),
});
