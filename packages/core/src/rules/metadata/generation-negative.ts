import { defineRule } from '../../engine/rule.js';
import type { Resource } from '../../model/resource.js';
import { asObject } from '../../model/values.js';

/**
 * Kinds whose registry strategy starts generation at 1 on create (PrepareForCreate), whatever the
 * manifest says; the names of built-in kinds are unique across their groups.
 */
const GENERATION_SET_ON_CREATE = new Set([
  'Pod',
  'PodTemplate',
  'ReplicationController',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'PriorityClass',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'EndpointSlice',
  'ResourceSlice',
  'DeviceClass',
  'DeviceTaintRule',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'CustomResourceDefinition',
]);

export default defineRule({
  meta: {
    id: 'metadata/generation-negative',
    severity: 'error',
    origin: 'api-error',
    description: 'metadata.generation, when a manifest sets it, must not be negative.',
    fixable: false,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'ValidateNonnegativeField' },
      {
        package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation',
        function: 'Validate_ObjectMeta',
        field: 'generation',
      },
    ],
    messages: {
      negative:
        'metadata.generation is {{value}}, but the API server counts generations from 0 and refuses a negative one on create; remove generation from the manifest (the API server sets it)',
    },
  },
  create(context) {
    const updated = new Set<Resource>();
    return {
      // An update keeps the stored generation whatever the manifest says (BeforeUpdate).
      update(pair) {
        updated.add(pair.new);
      },
      input(resources) {
        for (const resource of resources) {
          const value = asObject(resource.object.metadata)?.generation;
          if (typeof value !== 'number' || value >= 0 || updated.has(resource)) continue;
          if (GENERATION_SET_ON_CREATE.has(resource.kind)) continue;
          // Custom resources start at generation 1 too; unknown kinds are not judged.
          if (context.schema.kindStatus(resource).type !== 'builtin') continue;
          context.report({ resource, path: ['metadata', 'generation'], messageId: 'negative', data: { value } });
        }
      },
    };
  },
});
