import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { CRD_VALIDATION, crdSpec } from './utils/crd-versions.js';

const ANNOTATION = 'api-approved.kubernetes.io';

/** IsProtectedCommunityGroup: the groups the Kubernetes project reserves for its own APIs. */
function isProtectedGroup(group: string): boolean {
  return ['k8s.io', 'kubernetes.io'].some((domain) => group === domain || group.endsWith(`.${domain}`));
}

/** GetAPIApprovalState's reading of a URL: a scheme and a host. */
function isApprovalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol !== '' && url.host !== '';
  } catch {
    return false;
  }
}

export default defineRule({
  meta: {
    id: 'apiextensions/crd-api-approval-missing',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'A CustomResourceDefinition in a *.k8s.io or *.kubernetes.io group needs the api-approved.kubernetes.io annotation.',
    fixable: false,
    sources: [{ package: CRD_VALIDATION, function: 'validateAPIApproval' }],
    messages: {
      missing:
        'group {{group}} is reserved for Kubernetes project APIs, so the API server refuses the CustomResourceDefinition without the annotation api-approved.kubernetes.io; use a group of your own domain, or add the annotation with the approval’s URL',
      invalid:
        'api-approved.kubernetes.io is {{value}}, but it must be the URL of the approval or start with "unapproved", so the API server refuses the CustomResourceDefinition',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        if (!spec || typeof spec.group !== 'string' || !isProtectedGroup(spec.group)) return;
        const annotations = asObject(asObject(resource.object.metadata)?.annotations);
        const value = annotations?.[ANNOTATION];
        const path = ['metadata', 'annotations', ANNOTATION];
        if (value === undefined || value === null || value === '') {
          context.report({ resource, path, messageId: 'missing', data: { group: JSON.stringify(spec.group) } });
          return;
        }
        if (typeof value !== 'string' || value.startsWith('unapproved') || isApprovalUrl(value)) return;
        context.report({ resource, path, messageId: 'invalid', data: { value: preview(value) } });
      },
    };
  },
});
