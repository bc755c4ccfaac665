import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'config/key-duplicate',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ConfigMap'],
    description: 'A ConfigMap key must not appear in both data and binaryData.',
    fixable: false,
    source: 'ValidateConfigMap (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateConfigMap',
        type: 'Invalid',
        field: 'data',
      },
    ],
    messages: {
      duplicate:
        'key "{{key}}" is in both data and binaryData; mounted, each key is one file, so the API server refuses the ConfigMap: keep it in one of them',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== '' || resource.kind !== 'ConfigMap') return;
        const data = asObject(resource.object.data) ?? {};
        const binaryData = asObject(resource.object.binaryData) ?? {};
        for (const key of Object.keys(data)) {
          if (!Object.prototype.hasOwnProperty.call(binaryData, key)) continue;
          context.report({
            resource,
            path: ['data', key],
            messageId: 'duplicate',
            data: { key },
            related: [{ path: ['binaryData', key], message: 'the same key in binaryData' }],
          });
        }
      },
    };
  },
});
