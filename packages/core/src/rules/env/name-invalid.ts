import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { objectEntries, type PlainObject } from '../../model/values.js';
import { envVarNameErrors } from './utils/env-var-names.js';

const NAMED_ENTRIES = [
  { list: 'env', field: 'name', messageId: 'name' },
  { list: 'envFrom', field: 'prefix', messageId: 'prefix' },
] as const;

export default defineRule({
  meta: {
    id: 'env/name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An environment variable name (or envFrom prefix) may not contain "=" or non-printable characters; before 1.32 it must be an identifier.',
    fixable: false,
    containerFields: ['env', 'envFrom'],
    source: 'ValidateEnv, ValidateEnvFrom (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateEnv',
        type: 'Invalid',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateEnvFrom',
        type: 'Invalid',
        field: 'prefix',
      },
    ],
    messages: {
      name: 'environment variable name {{value}} of {{owner}} is not valid: {{reasons}}; the API server refuses the object',
      prefix:
        'envFrom prefix {{value}} of {{owner}} is not a valid start of an environment variable name: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          // Indexed and not destructured: this runs for every variable of every container, mostly
          // before V8 optimizes it, where for…of and destructuring allocate per step.
          for (let at = 0; at < NAMED_ENTRIES.length; at++) {
            const { list, field, messageId } = NAMED_ENTRIES[at] as (typeof NAMED_ENTRIES)[number];
            const entries = objectEntries(container.container[list]);
            for (let position = 0; position < entries.length; position++) {
              const indexed = entries[position] as [number, PlainObject];
              const index = indexed[0];
              const entry = indexed[1];
              const value = entry[field];
              // An empty name is schema/required's finding, and an empty prefix means none.
              if (typeof value !== 'string' || value === '') continue;
              const reasons = envVarNameErrors(value, context.kubernetesVersion);
              if (reasons.length)
                context.report({
                  resource,
                  path: [...container.path, list, index, field],
                  messageId,
                  data: {
                    value: JSON.stringify(value),
                    owner: describeContainer(container),
                    reasons: reasons.join('; '),
                  },
                });
            }
          }
        }
      },
    };
  },
});
