import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';

/** The characters the API server allows in each `/`-separated part of a time zone name. */
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/**
 * The areas of the IANA database. A name in one of them that this runtime's ICU does not know may
 * be a zone newer than its tz data, which the API server's (Go's embedded tzdata) may know.
 */
const IANA_AREAS = new Set([
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
  'Etc',
  'US',
  'Canada',
  'Brazil',
  'Chile',
  'Mexico',
]);

/** In Go's tzdata but not in ICU's. */
const GO_ONLY_ZONES = new Set(['Factory']);

/**
 * Names every DateTimeFormat accepts, found without building one: the first DateTimeFormat of a
 * process loads ICU's locale data (about 20 ms, more than the rest of the rule over a corpus).
 * ECMA-402 requires UTC and its aliases; supportedValuesOf lists the canonical zones.
 */
let knownZones: ReadonlySet<string> | undefined;

/** Whether the runtime's time zone data (ICU) knows the name. */
function knownToIntl(timeZone: string): boolean {
  knownZones ??= new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', ...Intl.supportedValuesOf('timeZone')]);
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * time.LoadLocation fails for a name that is no zone (`Mars/Olympus`, `0`). Only a name neither
 * ICU nor the IANA areas know is claimed: a new zone of a known area may be missing from an older
 * runtime's ICU but present in the API server's tzdata.
 */
function unknownZone(timeZone: string): boolean {
  if (knownToIntl(timeZone) || GO_ONLY_ZONES.has(timeZone)) return false;
  const area = timeZone.includes('/') ? timeZone.slice(0, timeZone.indexOf('/')) : undefined;
  return area === undefined || !IANA_AREAS.has(area);
}

function timeZoneProblem(timeZone: string): { messageId: string } | undefined {
  if (timeZone === '') return { messageId: 'empty' };
  for (const part of timeZone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_PART.test(part))
      return { messageId: 'syntax' };
  }
  if (timeZone.toLowerCase() === 'local') return { messageId: 'local' };
  if (unknownZone(timeZone)) return { messageId: 'unknown' };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'cronjob/time-zone-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CronJob'],
    description:
      'A CronJob timeZone must be an explicit IANA time zone: not empty, not Local, no spaces or odd characters, a zone the database has.',
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
      unknown:
        'timeZone "{{timeZone}}" is not a zone of the IANA time zone database, so the API server refuses the CronJob (unknown time zone); name one such as "Europe/Berlin" or "Etc/UTC"',
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
