import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { scheduleProblem } from './utils/schedule.js';

export default defineRule({
  meta: {
    id: 'cronjob/schedule-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CronJob'],
    description: 'A CronJob schedule must be a valid five-field cron expression or descriptor, without a TZ= prefix.',
    fixable: false,
    source: 'validateScheduleFormat (pkg/apis/batch/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateScheduleFormat', type: 'Invalid' },
    ],
    messages: {
      syntax:
        'schedule "{{schedule}}" is not a valid cron schedule: {{problem}}; the API server cannot parse it and refuses the CronJob',
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
        else if (schedule.includes('TZ'))
          context.report({ resource, path, messageId: 'timeZonePrefix', data: { schedule } });
      },
    };
  },
});
