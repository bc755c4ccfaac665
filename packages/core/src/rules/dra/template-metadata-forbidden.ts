import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { forbiddenTemplateMetadata } from '../factories/template-metadata.js';
import { isDraKind, RESOURCE_VALIDATION } from './utils/dra.js';

export default defineRule({
  meta: {
    id: 'dra/template-metadata-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceClaimTemplate'],
    description: "A ResourceClaimTemplate's spec.metadata may only hold labels and annotations.",
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateResourceClaimTemplateSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateTemplateObjectMeta' },
    ],
    messages: {
      forbidden:
        'metadata.{{field}} of a claim template cannot be set (only labels and annotations can), so the API server refuses the template; remove it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isDraKind(resource, 'ResourceClaimTemplate')) return;
        const metadata = asObject(asObject(resource.object.spec)?.metadata);
        if (!metadata) return;
        for (const { field } of forbiddenTemplateMetadata(metadata))
          context.report({ resource, path: ['spec', 'metadata', field], messageId: 'forbidden', data: { field } });
      },
    };
  },
});
