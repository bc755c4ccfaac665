import { defineRule } from '../../engine/rule.js';
import { reportSchemaProblems, SCHEMA_MESSAGES } from './report.js';

export default defineRule({
  meta: {
    id: 'schema/wrong-type',
    severity: 'error',
    origin: 'api-error',
    description: 'A value of the wrong type: a quoted number, a YAML 1.1 boolean where text is needed, a mapping for a list, an integer overflow.',
    help: [
      'The API server decodes each field into its Go type and rejects the object when a value does not fit: `"80"` (a string) where an integer is needed, a mapping where a list is needed, an integer beyond 32 or 64 bits. kubectl reads YAML with 1.1 rules, so unquoted `on`, `yes`, `y`, `off`, `no` are booleans and `0755` is the octal number 493: where a string is needed (an env value, a label value), quote them. The quick fix removes or adds the quotes when that is clearly what was meant.',
      '',
      'Bad:',
      '```yaml',
      'env:',
      '  - name: FEATURE',
      '    value: on',
      'ports:',
      '  - containerPort: "8080"',
      '```',
      'Good:',
      '```yaml',
      'env:',
      '  - name: FEATURE',
      '    value: "on"',
      'ports:',
      '  - containerPort: 8080',
      '```',
    ].join('\n'),
    fixable: true,
    messages: SCHEMA_MESSAGES,
    sources: [
      { package: 'sigs.k8s.io/json', function: 'UnmarshalCaseSensitivePreserveInts' },
    ],
  },
  create: reportSchemaProblems('type'),
});
