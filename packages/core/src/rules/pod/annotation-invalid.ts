import { defineRule } from '../../engine/rule.js';
import { asObject, isObject } from '../../model/values.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const MIRROR = 'kubernetes.io/config.mirror';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';
const TOLERATIONS = 'scheduler.alpha.kubernetes.io/tolerations';

/** GetDeletionCostFromPodAnnotations: a decimal int32 without "+" or leading zeros. */
function isDeletionCost(value: string): boolean {
  if (!/^(0|[1-9][0-9]*|-[0-9]+)$/.test(value)) return false;
  const cost = Number(value);
  return cost >= -2147483648 && cost <= 2147483647;
}

const TOLERATION_STRINGS = ['key', 'operator', 'value', 'effect'];

/** What Go's encoding/json refuses when it reads the annotation into []Toleration (field names match in any case). */
function tolerationsJsonError(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  if (parsed === null) return undefined;
  if (!Array.isArray(parsed)) return 'it must be a JSON list of tolerations';
  for (const item of parsed as unknown[]) {
    if (item === null) continue;
    if (!isObject(item)) return 'every item must be a JSON object (a toleration)';
    for (const [name, value] of Object.entries(item)) {
      if (value === null) continue;
      const field = name.toLowerCase();
      if (TOLERATION_STRINGS.includes(field) && typeof value !== 'string') return `${name} must be a string`;
      if (field === 'tolerationseconds' && !(typeof value === 'number' && Number.isSafeInteger(value)))
        return `${name} must be a whole number of seconds`;
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'pod/annotation-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'The pod annotations the API server reads: a mirror pod needs nodeName, a deletion cost is an int32, tolerations are a JSON list.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidatePodSpecificAnnotations', type: 'Invalid' },
      { package: CORE, function: 'ValidateTolerationsInPodAnnotations', type: 'Invalid' },
      { package: CORE, function: 'validatePodResourceClaim', type: 'Forbidden' },
    ],
    messages: {
      mirrorWithoutNode: `annotation ${MIRROR} marks a mirror pod, which only a kubelet creates for a static pod on its node, but spec.nodeName is not set, so the API server refuses the object; remove the annotation (or set spec.nodeName)`,
      mirrorWithClaims: `annotation ${MIRROR} marks a mirror pod (of a static pod), and static pods cannot use resource claims, so the API server refuses the object; remove spec.resourceClaims (or the annotation)`,
      deletionCost: `annotation ${DELETION_COST} is {{value}}, not a 32-bit integer (decimal, no "+" or leading zeros), so the API server refuses the object; write a whole number such as "100" or "-10"`,
      tolerations: `annotation ${TOLERATIONS} must hold the pod's tolerations as a JSON list, but {{reason}}, so the API server refuses the object; move the tolerations to spec.tolerations`,
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const annotations = asObject(site.metadata?.annotations);
        if (!annotations) return;
        const path = (key: string) => [...site.metadataPath, 'annotations', key];
        const mirror = annotations[MIRROR];
        const nodeName = site.spec.nodeName;
        if (typeof mirror === 'string' && (typeof nodeName !== 'string' || nodeName === ''))
          context.report({ resource, path: path(MIRROR), messageId: 'mirrorWithoutNode' });
        // validatePodResourceClaim, given the metadata of Pods only.
        const claims = site.spec.resourceClaims;
        if (typeof mirror === 'string' && !site.isTemplate && Array.isArray(claims) && claims.length > 0)
          context.report({ resource, path: [...site.path, 'resourceClaims'], messageId: 'mirrorWithClaims' });
        const cost = annotations[DELETION_COST];
        if (typeof cost === 'string' && !isDeletionCost(cost))
          context.report({
            resource,
            path: path(DELETION_COST),
            messageId: 'deletionCost',
            data: { value: JSON.stringify(cost) },
          });
        const tolerations = annotations[TOLERATIONS];
        const reason = typeof tolerations === 'string' && tolerations !== '' && tolerationsJsonError(tolerations);
        if (reason) context.report({ resource, path: path(TOLERATIONS), messageId: 'tolerations', data: { reason } });
      },
    };
  },
});
