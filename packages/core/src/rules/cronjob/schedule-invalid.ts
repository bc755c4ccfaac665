import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { scheduleProblem } from './utils/schedule.js';

export default defineRule({
  meta: {
    id: 'cronjob/schedule-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A CronJob schedule must be a valid five-field cron expression or descriptor, without a TZ= prefix.',
    help: [
      'The API server parses `spec.schedule` with the standard cron parser and refuses what it cannot parse: exactly five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or `jan`-`dec`, day of week 0-6 or `sun`-`sat`; 7 for Sunday is refused), each a comma list of `*`, `?`, `N`, `N-M` with an optional `/step`; or `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, `@every <duration>`. A `TZ=` or `CRON_TZ=` prefix is refused on create: set `spec.timeZone` instead.',
      '',
      'Bad:',
      '```yaml',
      'schedule: "0 25 * * *"   # there is no hour 25',
      '```',
      'Good:',
      '```yaml',
      'schedule: "0 1 * * *"',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateScheduleFormat (pkg/apis/batch/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateScheduleFormat', type: 'Invalid' }],
    messages: {
      syntax: 'schedule "{{schedule}}" is not a valid cron schedule: {{problem}}; the API server cannot parse it and refuses the CronJob',
      timeZonePrefix:
        'schedule "{{schedule}}" names a time zone with TZ= or CRON_TZ=, which the API server refuses on create; remove the prefix and set spec.timeZone (e.g. timeZone: "Europe/Berlin")',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['CronJob'])) return;
        const schedule = specOf(resource)?.schedule;
        if (typeof schedule !== 'string' || schedule === '') return;
        const path = ['spec', 'schedule'];
        const problem = scheduleProblem(schedule);
        if (problem !== undefined) context.report({ resource, path, messageId: 'syntax', data: { schedule, problem } });
        else if (schedule.includes('TZ')) context.report({ resource, path, messageId: 'timeZonePrefix', data: { schedule } });
      },
    };
  },
});
