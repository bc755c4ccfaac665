import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'config/key-duplicate',
    severity: 'error',
    origin: 'api-error',
    description: 'A ConfigMap key must not appear in both data and binaryData.',
    help: [
      'A ConfigMap\'s `data` and `binaryData` share one set of keys: mounted as a volume, each key becomes one file, so the API server refuses a key present in both (`data[app.conf]: Invalid value: "app.conf": duplicate of key present in binaryData`).',
      '',
      'Keep the key in one of the two, or rename one of them.',
      '',
      'Bad:',
      '```yaml',
      'data:',
      '  logo: placeholder',
      'binaryData:',
      '  logo: iVBORw0KGgo=',
      '```',
      'Good:',
      '```yaml',
      'binaryData:',
      '  logo: iVBORw0KGgo=',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'ValidateConfigMap (pkg/apis/core/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateConfigMap', type: 'Invalid', field: 'data' }],
    messages: {
      duplicate: 'key "{{key}}" is in both data and binaryData; mounted, each key is one file, so the API server refuses the ConfigMap: keep it in one of them',
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
          context.report({ resource, path: ['data', key], messageId: 'duplicate', data: { key }, related: [{ path: ['binaryData', key], message: 'the same key in binaryData' }] });
        }
      },
    };
  },
});
