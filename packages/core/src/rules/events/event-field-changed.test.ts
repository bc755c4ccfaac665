import { runRuleTests } from '../../../test/support/rule-tester.js';
import { eventsApiEvent } from '../../../test/fixtures/events/manifests.js';
import rule from './event-field-changed.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a new series on the same Event',
      code: eventsApiEvent('series: {count: 2, lastObservedTime: "2026-01-01T00:05:00.000000Z"}\n'),
      old: eventsApiEvent(),
    },
    {
      name: 'an empty deprecatedSource is the zero value the object already has',
      code: eventsApiEvent('deprecatedSource: {}\n'),
      old: eventsApiEvent(),
    },
  ],
  invalid: [
    {
      name: 'a changed note',
      code: eventsApiEvent('', { note: '"Scaled up to 5"' }),
      old: eventsApiEvent(),
      errors: [{ path: 'note', line: 17, column: 1, messageId: 'changed', oracleField: 'message' }],
      output: null,
    },
    {
      name: 'a changed reason',
      code: eventsApiEvent('', { reason: 'Scaled' }),
      old: eventsApiEvent(),
      errors: [{ path: 'reason', line: 10, column: 1, messageId: 'changed' }],
    },
  ],
});
