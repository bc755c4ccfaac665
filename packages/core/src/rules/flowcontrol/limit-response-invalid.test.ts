import { priorityLevel } from '../../../test/fixtures/flowcontrol/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './limit-response-invalid.js';

function response(fields: string): string {
  return priorityLevel(`type: Limited\nlimited:\n  limitResponse:\n    ${fields.split('\n').join('\n    ')}`);
}

runRuleTests(rule, {
  valid: [
    { name: 'Reject', code: response('type: Reject') },
    { name: 'Queue with the defaults', code: response('type: Queue\nqueuing: {}') },
    {
      name: 'Queue with a hand as large as the deck',
      code: response('type: Queue\nqueuing: {queues: 8, handSize: 8, queueLengthLimit: 1}'),
    },
    { name: 'Queue at the entropy limit', code: response('type: Queue\nqueuing: {queues: 1024, handSize: 6}') },
  ],
  invalid: [
    {
      name: 'no type',
      code: response('queuing: {queues: 8}'),
      errors: [{ path: 'spec.limited.limitResponse.type', line: 8, column: 5, messageId: 'typeRequired' }],
      output: null,
    },
    {
      name: 'a lower-case type',
      code: response('type: queue\nqueuing: {queues: 8}'),
      errors: [{ path: 'spec.limited.limitResponse.type', line: 9, column: 7, messageId: 'typeUnsupported' }],
      output: response('type: Queue\nqueuing: {queues: 8}'),
    },
    {
      name: 'Queue without queuing',
      code: response('type: Queue'),
      errors: [{ path: 'spec.limited.limitResponse.queuing', line: 8, column: 5, messageId: 'queuingRequired' }],
    },
    {
      name: 'Reject with queuing',
      code: response('type: Reject\nqueuing: {queues: 8}'),
      errors: [{ path: 'spec.limited.limitResponse.queuing', line: 10, column: 7, messageId: 'queuingForbidden' }],
    },
    {
      name: 'a negative queue length',
      code: response('type: Queue\nqueuing: {queueLengthLimit: -1}'),
      errors: [
        { path: 'spec.limited.limitResponse.queuing.queueLengthLimit', line: 10, column: 17, messageId: 'notPositive' },
      ],
    },
    {
      name: 'a hand larger than the deck',
      code: response('type: Queue\nqueuing: {queues: 4, handSize: 5}'),
      errors: [
        { path: 'spec.limited.limitResponse.queuing.handSize', line: 10, column: 28, messageId: 'handTooLarge' },
      ],
    },
    {
      name: 'a hand that needs more than 60 bits',
      code: response('type: Queue\nqueuing: {queues: 1024, handSize: 7}'),
      errors: [{ path: 'spec.limited.limitResponse.queuing.handSize', line: 10, column: 31, messageId: 'entropy' }],
    },
    {
      name: 'too many queues',
      code: response('type: Queue\nqueuing: {queues: 10000001, handSize: 1}'),
      errors: [{ path: 'spec.limited.limitResponse.queuing.queues', line: 10, column: 17, messageId: 'tooManyQueues' }],
    },
  ],
});
