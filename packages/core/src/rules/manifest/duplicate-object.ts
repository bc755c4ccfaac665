import { defineRule } from '../../engine/rule.js';
import { identityKey, type Resource } from '../../model/resource.js';

export default defineRule({
  meta: {
    id: 'manifest/duplicate-object',
    severity: 'warning',
    origin: 'pitfall',
    description: 'The same object (group, kind, namespace, name) is defined twice in one file.',
    fixable: false,
    messages: {
      duplicateObject:
        '{{kind}} "{{name}}" is already defined at {{where}}; applying both makes the second overwrite the first, so remove one or rename it',
    },
  },
  create(context) {
    return {
      input(resources) {
        const first = new Map<string, Resource>();
        for (const resource of resources) {
          if (resource.name === undefined) continue;
          // Across files the same object is usually deliberate: kustomize bases and overlays, or
          // alternative variants of one app side by side. Within one file it is a mistake.
          const key = `${resource.file}\u0000${identityKey(resource)}`;
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, resource);
            continue;
          }
          const where = `line ${earlier.document.locate(earlier.basePath).start.line}`;
          context.report({
            resource,
            path: ['metadata', 'name'],
            messageId: 'duplicateObject',
            data: { kind: resource.kind, name: resource.name, where },
            related: [{ resource: earlier, path: ['metadata', 'name'], message: 'the first definition' }],
          });
        }
      },
    };
  },
});
