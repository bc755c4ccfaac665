import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-kind',
    severity: 'info',
    origin: 'advice',
    description:
      'A custom resource whose CustomResourceDefinition podlint does not know, so it is not validated (once per kind).',
    fixable: false,
    source: 'podlint (CustomResourceDefinition lookup)',
    messages: {
      unknownKind:
        '{{kind}} ({{apiVersion}}) is a custom resource whose CustomResourceDefinition podlint does not know, so it is not validated; pass the CRD with --crd or list it under crds: in .podlint.yaml',
    },
  },
  create(context) {
    return {
      input(resources) {
        const seen = new Set<string>();
        for (const resource of resources) {
          if (context.schema.kindStatus(resource).type !== 'unknown') continue;
          const key = `${resource.apiVersion} ${resource.kind}`;
          if (seen.has(key)) continue;
          seen.add(key);
          context.report({
            resource,
            path: ['kind'],
            messageId: 'unknownKind',
            data: { kind: resource.kind, apiVersion: resource.apiVersion },
          });
        }
      },
    };
  },
});
