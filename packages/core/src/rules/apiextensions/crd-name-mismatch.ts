import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { CRD_VALIDATION, crdSpec } from './utils/crd-versions.js';

export default defineRule({
  meta: {
    id: 'apiextensions/crd-name-mismatch',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CustomResourceDefinition must be named <plural>.<group>, from its spec.names.plural and spec.group.',
    fixable: true,
    kinds: ['CustomResourceDefinition'],
    sources: [{ package: CRD_VALIDATION, function: 'ValidateCustomResourceDefinition', type: 'Invalid' }],
    messages: {
      incomplete:
        'a CustomResourceDefinition must be named <plural>.<group>, but spec.names.plural or spec.group is missing, so the API server refuses {{name}}; set both, and name the object after them',
      mismatch:
        'a CustomResourceDefinition must be named after its plural and group, {{expected}}, so the API server refuses {{name}}; rename it, or correct spec.names.plural or spec.group',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        const name = asObject(resource.object.metadata)?.name;
        if (!spec || typeof name !== 'string' || name === '') return;
        const plural = asObject(spec.names)?.plural;
        const group = spec.group;
        if (typeof plural !== 'string' || plural === '' || typeof group !== 'string' || group === '') {
          // The API server compares the name with whatever plural and group there are.
          context.report({
            resource,
            path: ['metadata', 'name'],
            messageId: 'incomplete',
            data: { name: JSON.stringify(name) },
          });
          return;
        }
        const expected = `${plural}.${group}`;
        if (name === expected) return;
        context.report({
          resource,
          path: ['metadata', 'name'],
          messageId: 'mismatch',
          data: { expected: JSON.stringify(expected), name: JSON.stringify(name) },
          fix: {
            description: `Rename it to ${expected}`,
            replaceValues: [{ path: ['metadata', 'name'], value: expected }],
          },
        });
      },
    };
  },
});
