import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './time-zone-invalid.js';

const cron = (timeZone: string): string =>
  manifests
    .cronJob(`restartPolicy: OnFailure\n${manifests.webContainer()}`)
    .replace('  schedule:', `  timeZone: ${timeZone}\n  schedule:`);
const at = { path: 'spec.timeZone', line: 6, column: 3 };

runRuleTests(rule, {
  valid: [
    { name: 'Etc/UTC', code: cron('Etc/UTC') },
    { name: 'a zone with a plus sign', code: cron('Etc/GMT+5') },
    { name: 'America/Argentina/Buenos_Aires', code: cron('America/Argentina/Buenos_Aires') },
    { name: 'a legacy alias the database keeps', code: cron('US/Pacific') },
    { name: 'Factory, which Go’s tzdata has and ICU does not', code: cron('Factory') },
  ],
  invalid: [
    { name: 'empty', code: cron('""'), errors: [{ ...at, messageId: 'empty' }], output: null },
    { name: 'Local', code: cron('Local'), errors: [{ ...at, messageId: 'local' }] },
    { name: 'spaces', code: cron('"Central European Time"'), errors: [{ ...at, messageId: 'syntax' }] },
    { name: 'a name of no area', code: cron('Mars/Olympus'), errors: [{ ...at, messageId: 'unknown' }] },
    { name: 'a word that is no zone', code: cron('a.b'), errors: [{ ...at, messageId: 'unknown' }] },
    { name: 'dot-dot part', code: cron('../etc/passwd'), errors: [{ ...at, messageId: 'syntax' }] },
  ],
});
