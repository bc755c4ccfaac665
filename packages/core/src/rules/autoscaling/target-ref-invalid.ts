import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { Resource } from '../../model/resource.js';
import { asObject } from '../../model/values.js';
import { pathSegmentNameErrors } from '../../schema/names.js';

const AUTOSCALING = 'k8s.io/kubernetes/pkg/apis/autoscaling/validation';

/** schema.ParseGroupVersion: `version` or `group/version`; more than one "/" does not parse. */
function apiVersionProblem(apiVersion: string, kind: unknown): string | undefined {
  const parts = apiVersion.split('/');
  if (parts.length > 2) return 'is not <group>/<version>';
  // Only a ReplicationController, the one scalable core kind, may leave out the API group.
  if (parts.length === 1 && apiVersion !== '' && kind !== 'ReplicationController') return 'names no API group';
  if (apiVersion === '' && kind !== 'ReplicationController') return 'is empty';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'autoscaling/target-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "An HPA's scaleTargetRef needs an apiVersion with an API group (apps/v1), and a kind and name that are path segments.",
    fixable: false,
    sources: [{ package: AUTOSCALING, function: 'ValidateCrossVersionObjectReference', type: 'Invalid' }],
    messages: {
      apiVersion:
        'scaleTargetRef apiVersion "{{value}}" {{problem}}; the autoscaler finds its target by API group, so the API server refuses the object; write it as <group>/<version> (e.g. apps/v1)',
      pathSegment:
        'scaleTargetRef {{field}} "{{value}}" contains "/" or "%" (or is "." or ".."), but it becomes part of the target\'s URL, so the API server refuses the object',
    },
  },
  create(context) {
    const unchangedReference = new Set<Resource>();
    return {
      update(pair) {
        const before = asObject(specOf(pair.old)?.scaleTargetRef);
        const after = asObject(specOf(pair.new)?.scaleTargetRef);
        if (before?.apiVersion === after?.apiVersion && before?.kind === after?.kind) unchangedReference.add(pair.new);
      },
      input(resources) {
        for (const resource of resources) {
          if (!isBuiltin(resource, 'autoscaling', ['HorizontalPodAutoscaler'])) continue;
          const reference = asObject(specOf(resource)?.scaleTargetRef);
          if (!reference) continue;
          const path = ['spec', 'scaleTargetRef'];
          for (const field of ['kind', 'name']) {
            const value = reference[field];
            if (typeof value === 'string' && value !== '' && pathSegmentNameErrors(value).length > 0)
              context.report({ resource, path: [...path, field], messageId: 'pathSegment', data: { field, value } });
          }
          const apiVersion = reference.apiVersion ?? '';
          if (typeof apiVersion !== 'string' || unchangedReference.has(resource)) continue;
          const problem = apiVersionProblem(apiVersion, reference.kind);
          if (problem)
            context.report({
              resource,
              path: [...path, 'apiVersion'],
              messageId: 'apiVersion',
              data: { value: apiVersion, problem },
            });
        }
      },
    };
  },
});
