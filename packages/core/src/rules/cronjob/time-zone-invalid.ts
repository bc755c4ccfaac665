import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';

/** The characters the API server allows in each `/`-separated part of a time zone name. */
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/**
 * The checks that do not need the time zone database: the rest (a well-formed name that is not a
 * zone, such as `Europe/Atlantis`) depends on the API server's tzdata, so podlint stays silent.
 */
function timeZoneProblem(timeZone: string): { messageId: string } | undefined {
  if (timeZone === '') return { messageId: 'empty' };
  for (const part of timeZone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_PART.test(part))
      return { messageId: 'syntax' };
  }
  if (timeZone.toLowerCase() === 'local') return { messageId: 'local' };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'cronjob/time-zone-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CronJob timeZone must be an explicit IANA time zone name: not empty, not Local, no spaces or odd characters.',
    fixable: false,
    source: 'validateTimeZone (pkg/apis/batch/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateTimeZone', type: 'Invalid' },
    ],
    messages: {
      empty:
        'timeZone is an empty string, which the API server refuses; remove the field to use the controller\'s time zone, or name one such as "Etc/UTC"',
      syntax:
        'timeZone "{{timeZone}}" is not a time zone name (each part 1-14 letters, digits, ".", "-", "_" or "+", e.g. "America/New_York"), so the API server refuses the CronJob',
      local:
        'timeZone "{{timeZone}}" is refused: the API server wants an explicit IANA time zone such as "Etc/UTC", not the controller\'s local zone',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['CronJob'])) return;
        const timeZone = specOf(resource)?.timeZone;
        if (typeof timeZone !== 'string') return;
        const problem = timeZoneProblem(timeZone);
        if (problem)
          context.report({ resource, path: ['spec', 'timeZone'], messageId: problem.messageId, data: { timeZone } });
      },
    };
  },
});
