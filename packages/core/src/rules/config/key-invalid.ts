import { defineRule } from '../../engine/rule.js';
import { configKeyProblem, dataKeys } from './utils/keys.js';

/** Characters that keys often carry by mistake and that map cleanly onto allowed ones. */
function suggestKey(key: string): string | undefined {
  const suggestion = key.trim().replace(/[\s/:]+/g, '-');
  return suggestion !== key && configKeyProblem(suggestion) === undefined ? suggestion : undefined;
}

export default defineRule({
  meta: {
    id: 'config/key-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'ConfigMap and Secret keys must be letters, digits, "-", "_" and "." (at most 253), and not "." or start with "..".',
    fixable: false,
    kinds: ['ConfigMap', 'Secret'],
    source: 'ValidateConfigMap, ValidateSecret with IsConfigMapKey (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateConfigMap', type: 'Invalid' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecret', type: 'Invalid' },
    ],
    messages: {
      invalid:
        '{{kind}} key "{{key}}" is not a valid key: {{problem}}; the API server refuses the {{kind}}{{suggestion}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const entry of dataKeys(resource)) {
          const problem = configKeyProblem(entry.key);
          if (problem === undefined) continue;
          const suggestion = suggestKey(entry.key);
          context.report({
            resource,
            path: entry.path,
            messageId: 'invalid',
            data: {
              kind: resource.kind,
              key: entry.key,
              problem,
              suggestion: suggestion ? `; for example "${suggestion}" (update whatever reads the key too)` : '',
            },
          });
        }
      },
    };
  },
});
