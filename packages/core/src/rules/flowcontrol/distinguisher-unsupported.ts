import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, goString, quoteList } from '../../model/values.js';
import { FLOWCONTROL_VALIDATION, flowSchemaSpec } from './utils/flowcontrol.js';

const METHODS = ['ByNamespace', 'ByUser'];

export default defineRule({
  meta: {
    id: 'flowcontrol/distinguisher-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A FlowSchema's distinguisherMethod.type must be ByUser or ByNamespace.",
    fixable: true,
    kinds: ['FlowSchema'],
    sources: [{ package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaSpec', type: 'NotSupported' }],
    messages: {
      unsupported:
        'distinguisher type {{value}} is not supported, so the API server refuses the FlowSchema (supported values: {{allowed}}); {{advice}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const method = asObject(flowSchemaSpec(resource)?.distinguisherMethod);
        if (!method) return;
        const type = goString(method.type);
        if (type === undefined || METHODS.includes(type)) return;
        const path = ['spec', 'distinguisherMethod', 'type'];
        const corrected = type === '' ? undefined : caseFix(type, METHODS, path, 'the distinguisher type');
        context.report({
          resource,
          path,
          messageId: 'unsupported',
          data: {
            value: JSON.stringify(type),
            allowed: quoteList(METHODS),
            advice: corrected
              ? `write "${corrected.value}"`
              : 'use ByUser or ByNamespace, or remove distinguisherMethod',
          },
          ...(corrected ? { fix: corrected.fix } : {}),
        });
      },
    };
  },
});
