import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { goString, isSet, quoteList } from '../../model/values.js';
import { FLOWCONTROL_DECLARATIVE, FLOWCONTROL_VALIDATION, priorityLevelSpec } from './utils/flowcontrol.js';

const TYPES = ['Exempt', 'Limited'];

export default defineRule({
  meta: {
    id: 'flowcontrol/priority-level-type-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PriorityLevelConfiguration'],
    description:
      'A PriorityLevelConfiguration needs type Limited with spec.limited (or Exempt, only for the level named exempt), and no settings of the other type.',
    fixable: true,
    sources: [
      { package: FLOWCONTROL_VALIDATION, function: 'ValidatePriorityLevelConfigurationSpec' },
      { package: FLOWCONTROL_DECLARATIVE, function: 'Validate_PriorityLevelConfigurationSpec' },
    ],
    messages: {
      typeRequired:
        'the priority level has no type, so the API server refuses it (supported values: {{allowed}}); write type: Limited with spec.limited',
      typeUnsupported:
        'priority level type {{value}} is not supported, so the API server refuses it (supported values: {{allowed}}); {{advice}}',
      exemptName:
        "type {{value}} {{detail}}, so the API server refuses it (must be 'Exempt' if and only if `name` is 'exempt'); {{advice}}",
      limitedRequired:
        'a Limited priority level needs spec.limited (its concurrency shares and what happens to requests over the limit), so the API server refuses it; add limited: {nominalConcurrencyShares: 30, limitResponse: {type: Reject}}',
      otherTypeForbidden:
        'spec.{{field}} holds settings of the other type, so on a {{type}} priority level the API server refuses it (must be nil); remove it, or change the type',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = priorityLevelSpec(resource);
        if (!spec) return;
        const type = goString(spec.type);
        if (type === undefined) return;
        const typePath = ['spec', 'type'];
        const isExemptName = resource.name === 'exempt';
        if (type === '') {
          context.report({ resource, path: typePath, messageId: 'typeRequired', data: { allowed: quoteList(TYPES) } });
          return;
        }
        if (!TYPES.includes(type)) {
          const corrected = caseFix(type, TYPES, typePath, 'the type');
          context.report({
            resource,
            path: typePath,
            messageId: 'typeUnsupported',
            data: {
              value: JSON.stringify(type),
              allowed: quoteList(TYPES),
              advice: corrected ? `write "${corrected.value}"` : 'use Limited',
            },
            ...(corrected ? { fix: corrected.fix } : {}),
          });
          return;
        }
        if (isExemptName !== (type === 'Exempt'))
          context.report({
            resource,
            path: typePath,
            messageId: 'exemptName',
            data: {
              value: JSON.stringify(type),
              detail: isExemptName
                ? 'is not Exempt, but the level named exempt must be Exempt'
                : 'is reserved for the built-in level named exempt',
              advice: isExemptName ? 'write type: Exempt' : 'write type: Limited with spec.limited',
            },
          });
        if (type === 'Exempt' && isSet(spec.limited))
          context.report({
            resource,
            path: ['spec', 'limited'],
            messageId: 'otherTypeForbidden',
            data: { field: 'limited', type },
          });
        if (type === 'Limited') {
          if (isSet(spec.exempt))
            context.report({
              resource,
              path: ['spec', 'exempt'],
              messageId: 'otherTypeForbidden',
              data: { field: 'exempt', type },
            });
          if (!isSet(spec.limited))
            context.report({ resource, path: ['spec', 'limited'], messageId: 'limitedRequired' });
        }
      },
    };
  },
});
