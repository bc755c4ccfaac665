import { defineRule } from '../../engine/rule.js';
import { folderOf } from '../../model/selectors.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-kind',
    severity: 'info',
    origin: 'advice',
    description:
      'A custom resource whose CustomResourceDefinition podlint does not know, so it is not validated (once per kind and folder; once per run from the CLI).',
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
          // Per folder, as the Services a workload is paired with: a folder's findings then depend
          // on that folder alone, so the CLI can lint folders apart (in workers, from its cache).
          const key = `${folderOf(resource.file)}\u0000${resource.apiVersion} ${resource.kind}`;
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
