import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { FLOWCONTROL_VALIDATION, priorityLevelSpec } from './utils/flowcontrol.js';

const ANNOTATION = 'flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares';

export default defineRule({
  meta: {
    id: 'flowcontrol/preserve-zero-annotation-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PriorityLevelConfiguration'],
    description: `A PriorityLevelConfiguration may not carry the ${ANNOTATION} annotation, except through the v1beta3 API.`,
    fixable: false,
    sources: [{ package: FLOWCONTROL_VALIDATION, function: 'ValidatePriorityLevelConfiguration', type: 'Forbidden' }],
    messages: {
      forbidden: `annotation ${ANNOTATION} is only kept by the v1beta3 API, so here the API server refuses it (annotation is forbidden); remove it (in v1, nominalConcurrencyShares: 0 already means zero)`,
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!priorityLevelSpec(resource) || resource.version === 'v1beta3') return;
        const annotations = asObject(asObject(resource.object.metadata)?.annotations);
        if (annotations && Object.hasOwn(annotations, ANNOTATION))
          context.report({ resource, path: ['metadata', 'annotations'], messageId: 'forbidden' });
      },
    };
  },
});
