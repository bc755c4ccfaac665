import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, goString, isSet, quoteList } from '../../model/values.js';
import { FLOWCONTROL_DECLARATIVE, FLOWCONTROL_VALIDATION, priorityLevelSpec } from './utils/flowcontrol.js';

const TYPES = ['Queue', 'Reject'];
const MAX_QUEUES = 10_000_000;
/** shufflesharding.MaxHashBits: the bits of one hash that deal a hand of queues. */
const MAX_HASH_BITS = 60;
/** The v1 defaults of an unset (zero) queuing setting. */
const DEFAULTS = { queues: 64, handSize: 8, queueLengthLimit: 50 } as const;

export default defineRule({
  meta: {
    id: 'flowcontrol/limit-response-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A Limited priority level's limitResponse needs type Queue (with queuing) or Reject (without), and queuing settings the shuffle sharding can use.",
    fixable: true,
    kinds: ['PriorityLevelConfiguration'],
    sources: [
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateLimitResponse' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidatePriorityLevelQueuingConfiguration' },
      { package: FLOWCONTROL_DECLARATIVE, function: 'Validate_LimitResponse' },
    ],
    messages: {
      typeRequired:
        'limitResponse has no type, so the API server refuses the priority level (supported values: {{allowed}}); write type: Reject, or type: Queue with queuing',
      typeUnsupported:
        'limitResponse type {{value}} is not supported, so the API server refuses the priority level (supported values: {{allowed}}); {{advice}}',
      queuingRequired:
        'type Queue needs queuing settings, so the API server refuses the priority level; add queuing: {queues: 64, handSize: 8, queueLengthLimit: 50}, or use type: Reject',
      queuingForbidden:
        'type Reject queues nothing, so the API server refuses queuing settings beside it (must be nil); remove queuing, or use type: Queue',
      notPositive:
        '{{field}} is {{value}}, so the API server refuses the priority level (must be positive); use a positive number, or leave it out for the default {{default}}',
      tooManyQueues:
        'queues is {{value}}, so the API server refuses the priority level (must not be greater than 10000000); use fewer queues',
      handTooLarge:
        'handSize {{value}} is larger than the {{queues}} queues it is dealt from, so the API server refuses the priority level (should not be greater than queues); use a smaller hand or more queues',
      entropy:
        'dealing a hand of {{value}} from {{queues}} queues needs {{bits}} bits of hash, more than the 60 available, so the API server refuses the priority level; use a smaller hand or fewer queues',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = priorityLevelSpec(resource);
        const limited = asObject(spec?.limited);
        if (spec?.type !== 'Limited' || !limited) return;
        const path = ['spec', 'limited', 'limitResponse'];
        const response = isSet(limited.limitResponse) ? asObject(limited.limitResponse) : {};
        if (!response) return;
        const type = goString(response.type);
        if (type === undefined) return;
        if (type === 'Reject') {
          if (isSet(response.queuing))
            context.report({ resource, path: [...path, 'queuing'], messageId: 'queuingForbidden' });
          return;
        }
        if (type === '') {
          context.report({
            resource,
            path: [...path, 'type'],
            messageId: 'typeRequired',
            data: { allowed: quoteList(TYPES) },
          });
          return;
        }
        if (type !== 'Queue') {
          const corrected = caseFix(type, TYPES, [...path, 'type'], 'the limit response type');
          context.report({
            resource,
            path: [...path, 'type'],
            messageId: 'typeUnsupported',
            data: {
              value: JSON.stringify(type),
              allowed: quoteList(TYPES),
              advice: corrected ? `write "${corrected.value}"` : 'use Queue or Reject',
            },
            ...(corrected ? { fix: corrected.fix } : {}),
          });
          return;
        }
        if (!isSet(response.queuing)) {
          context.report({ resource, path: [...path, 'queuing'], messageId: 'queuingRequired' });
          return;
        }
        const queuing = asObject(response.queuing);
        if (!queuing) return;
        const queuingPath = [...path, 'queuing'];
        const setting = (field: keyof typeof DEFAULTS): number | undefined => {
          const value = queuing[field] === undefined || queuing[field] === null ? 0 : asInteger(queuing[field]);
          return value === 0 ? DEFAULTS[field] : value;
        };
        const queueLengthLimit = setting('queueLengthLimit');
        const queues = setting('queues');
        const handSize = setting('handSize');
        const notPositive = (field: keyof typeof DEFAULTS, value: number): void =>
          context.report({
            resource,
            path: [...queuingPath, field],
            messageId: 'notPositive',
            data: { field, value, default: DEFAULTS[field] },
          });
        if (queueLengthLimit !== undefined && queueLengthLimit < 0) notPositive('queueLengthLimit', queueLengthLimit);
        if (queues !== undefined && queues < 0) notPositive('queues', queues);
        else if (queues !== undefined && queues > MAX_QUEUES)
          context.report({
            resource,
            path: [...queuingPath, 'queues'],
            messageId: 'tooManyQueues',
            data: { value: queues },
          });
        if (handSize === undefined || queues === undefined) return;
        const handPath = [...queuingPath, 'handSize'];
        if (handSize < 0) notPositive('handSize', handSize);
        else if (handSize > queues)
          context.report({ resource, path: handPath, messageId: 'handTooLarge', data: { value: handSize, queues } });
        else {
          const bits = Math.ceil(Math.log2(queues) * handSize);
          if (bits > MAX_HASH_BITS)
            context.report({ resource, path: handPath, messageId: 'entropy', data: { value: handSize, queues, bits } });
        }
      },
    };
  },
});
