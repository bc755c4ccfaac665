import { defineRule } from '../../engine/rule.js';
import type { Resource } from '../../model/resource.js';
import { asArray, asObject } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';

/** Finalizers that may be written without a domain prefix. */
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** Groups whose kinds go through core's ValidateObjectMeta, which also refuses unqualified non-standard finalizers. */
const CORE_META_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'autoscaling',
  'discovery.k8s.io',
  'certificates.k8s.io',
  'resource.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'events.k8s.io',
]);

export default defineRule({
  meta: {
    id: 'metadata/finalizer-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Finalizers must be qualified names (example.com/cleanup), and orphan and foregroundDeletion cannot both be set.',
    fixable: false,
    source:
      'ValidateFinalizers (k8s.io/apimachinery/pkg/api/validation), validateKubeFinalizerName (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateFinalizers', type: 'Invalid' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateFinalizerName', type: 'Invalid' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateKubeFinalizerName', type: 'Invalid' },
    ],
    messages: {
      syntax: 'finalizer "{{finalizer}}" is not a qualified name: {{problem}}; the API server refuses the object',
      unqualified:
        'finalizer "{{finalizer}}" has no domain prefix and is not one of the standard finalizers (kubernetes, orphan, foregroundDeletion), so the API server refuses it; prefix it with your controller\'s domain (e.g. "example.com/{{finalizer}}")',
      conflict:
        'finalizers orphan and foregroundDeletion ask for opposite deletion behaviour (keep the dependents / delete them first), so the API server refuses both together; keep one',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) check(resource);
      },
    };

    function check(resource: Resource): void {
      const finalizers = asArray(asObject(resource.object.metadata)?.finalizers);
      // A core v1 Event passes legacy validation only (ValidateEventCreate, ValidateEventUpdate), which
      // leaves unqualified finalizers alone; an events.k8s.io Event gets the strict object-meta check
      // on create and on update. The generic object-meta check still wants qualified names.
      const legacyEvent = resource.kind === 'Event' && resource.group === '';
      const checksStandard = CORE_META_GROUPS.has(resource.group) && !legacyEvent;
      finalizers.forEach((finalizer, index) => {
        if (typeof finalizer !== 'string') return;
        const path = ['metadata', 'finalizers', index];
        const errors = qualifiedNameErrors(finalizer);
        if (errors.length > 0)
          context.report({ resource, path, messageId: 'syntax', data: { finalizer, problem: errors.join('; ') } });
        else if (checksStandard && !finalizer.includes('/') && !STANDARD_FINALIZERS.has(finalizer))
          context.report({ resource, path, messageId: 'unqualified', data: { finalizer } });
      });
      if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion'))
        context.report({ resource, path: ['metadata', 'finalizers'], messageId: 'conflict' });
    }
  },
});
