/**
 * The five-field cron syntax as the API server parses a CronJob schedule (robfig/cron's standard
 * parser): minute, hour, day of month, month, day of week, each a comma list of `*`, `?`, `N`,
 * `N-M`, with an optional `/step`; month and weekday names (`jan`, `mon`) in any case; or one of
 * the descriptors `@yearly` … `@hourly` and `@every <duration>`.
 * Returns why the schedule is refused, or undefined when the parser accepts it.
 */
interface Bounds {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly Bounds[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: WEEKDAYS },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
/** Go's time.ParseDuration syntax: `90s`, `1h30m`, `1.5h`, a bare `0` (micro as U+00B5 or U+03BC, escaped: the CLI bundle stays ASCII). */
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$/;
/** Go's strings.Fields splits on Unicode white space. */
const WHITE_SPACE = /[\s\u0085]+/u;

export function scheduleProblem(schedule: string): string | undefined {
  // A time zone prefix is refused by the caller's own check; what follows it is still parsed.
  const spec =
    /^(?:CRON_)?TZ=/.test(schedule) && schedule.includes(' ') ? schedule.slice(schedule.indexOf(' ')).trim() : schedule;
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec)) return undefined;
    if (spec.startsWith('@every '))
      return GO_DURATION.test(spec.slice('@every '.length))
        ? undefined
        : `"${spec}" is not a valid duration (write it like "@every 1h30m")`;
    return `"${spec}" is not a known descriptor (use @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>)`;
  }
  const fields = spec.split(WHITE_SPACE).filter((field) => field !== '');
  if (fields.length !== FIELDS.length)
    return `it has ${fields.length} field${fields.length === 1 ? '' : 's'}, but a schedule has exactly 5: minute hour day-of-month month day-of-week (seconds are not supported)`;
  for (const [index, field] of fields.entries()) {
    const bounds = FIELDS[index];
    if (!bounds) continue;
    for (const expression of field.split(',').filter((part) => part !== '')) {
      const problem = rangeProblem(expression, bounds);
      if (problem) return `the ${bounds.name} field "${field}" is invalid: ${problem}`;
    }
  }
  return undefined;
}

function rangeProblem(expression: string, bounds: Bounds): string | undefined {
  const rangeAndStep = expression.split('/');
  if (rangeAndStep.length > 2) return `too many slashes in "${expression}"`;
  const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    if (lowAndHigh.length > 2) return `too many hyphens in "${expression}"`;
    const low = numberOrName(lowAndHigh[0] ?? '', bounds);
    if (typeof low === 'string') return low;
    start = low;
    end = low;
    if (lowAndHigh.length === 2) {
      const high = numberOrName(lowAndHigh[1] ?? '', bounds);
      if (typeof high === 'string') return high;
      end = high;
    }
  }
  if (rangeAndStep.length === 2) {
    const step = integer(rangeAndStep[1] ?? '');
    if (typeof step === 'string') return step;
    // `N/step` means from N to the maximum.
    if (lowAndHigh.length === 1) end = bounds.max;
    if (step === 0) return `the step in "${expression}" must be a positive number`;
  }
  if (start < bounds.min) return `${start} is below the minimum ${bounds.min}`;
  if (end > bounds.max) return `${end} is above the maximum ${bounds.max}`;
  if (start > end) return `the range starts at ${start}, after its end ${end}`;
  return undefined;
}

function numberOrName(text: string, bounds: Bounds): number | string {
  const named = bounds.names?.[text.toLowerCase()];
  return named ?? integer(text);
}

/** strconv.Atoi, then the parser's refusal of negative numbers. */
function integer(text: string): number | string {
  if (!/^[+-]?\d+$/.test(text)) return `"${text}" is not a number${text === '' ? ' (an empty value)' : ''}`;
  const value = Number(text);
  if (value < 0) return `negative numbers such as ${text} are not allowed`;
  return value;
}
