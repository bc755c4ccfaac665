import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './schedule-invalid.js';

const cron = (schedule: string): string =>
  manifests.cronJob(`restartPolicy: OnFailure\n${manifests.webContainer()}`, { schedule });
const at = { path: 'spec.schedule', line: 6, column: 3 };

runRuleTests(rule, {
  valid: [
    { name: 'every day at two', code: cron('0 2 * * *') },
    { name: 'steps, ranges, lists and names in any case', code: cron('*/15 9-17/2 1,15 JAN-jun mon-FRI') },
    { name: 'question mark and N/step', code: cron('5/10 ? ? * ?') },
    { name: 'descriptors', code: cron('@daily') },
    { name: 'every with a duration', code: cron('@every 1h30m') },
    { name: 'extra white space between fields', code: cron('0  2 *\t* *') },
    { name: 'sunday as 0 and saturday as 6', code: cron('0 0 * * 0,6') },
  ],
  invalid: [
    {
      name: 'hour 25',
      code: cron('0 25 * * *'),
      errors: [{ ...at, messageId: 'syntax', message: 'above the maximum 23' }],
      output: null,
    },
    {
      name: 'seconds field',
      code: cron('0 0 2 * * *'),
      errors: [{ ...at, messageId: 'syntax', message: 'exactly 5' }],
    },
    { name: 'day of week 7', code: cron('0 0 * * 7'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'day of month 0', code: cron('0 0 0 * *'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'step of zero', code: cron('*/0 * * * *'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'reversed range', code: cron('0 0 * * 5-1'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'unknown descriptor', code: cron('@fortnightly'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'bad @every duration', code: cron('@every 1 hour'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'L and W are not supported', code: cron('0 0 L * *'), errors: [{ ...at, messageId: 'syntax' }] },
    {
      name: 'TZ prefix on create',
      code: cron('CRON_TZ=UTC 0 2 * * *'),
      errors: [{ ...at, messageId: 'timeZonePrefix' }],
    },
  ],
});
