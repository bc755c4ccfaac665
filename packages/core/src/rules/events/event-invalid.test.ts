import { runRuleTests } from '../../../test/support/rule-tester.js';
import { coreEvent, eventsApiEvent } from '../../../test/fixtures/events/manifests.js';
import rule from './event-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'an events.k8s.io Event', code: eventsApiEvent() },
    { name: 'a core v1 Event in its object’s namespace', code: coreEvent() },
    {
      name: 'a core v1 Event keeps its deprecated fields',
      code: coreEvent().replace('type: Normal', 'type: Normal\ncount: 3'),
    },
  ],
  invalid: [
    {
      name: 'a core v1 Event in another namespace than its object',
      code: coreEvent('default', 'shop'),
      errors: [{ path: 'involvedObject.namespace', line: 6, column: 40, messageId: 'namespaceMismatch' }],
      output: null,
    },
    {
      name: 'a type that is neither Normal nor Warning',
      code: eventsApiEvent('', { type: 'Info' }),
      errors: [{ path: 'type', line: 11, column: 1, messageId: 'type' }],
    },
    {
      name: 'a deprecated count on create',
      code: eventsApiEvent('deprecatedCount: 2\n'),
      errors: [{ path: 'deprecatedCount', line: 18, column: 1, messageId: 'deprecatedSet', oracleField: 'count' }],
    },
    {
      name: 'a reportingController that is not a qualified name',
      code: eventsApiEvent('', { reportingController: 'my controller' }),
      errors: [{ path: 'reportingController', line: 7, column: 1, messageId: 'controllerName' }],
    },
    {
      name: 'a series of one occurrence added on update',
      code: eventsApiEvent('series: {count: 1, lastObservedTime: "2026-01-01T00:05:00.000000Z"}\n'),
      old: eventsApiEvent(),
      errors: [{ path: 'series.count', line: 18, column: 10, messageId: 'seriesCount' }],
    },
  ],
});
