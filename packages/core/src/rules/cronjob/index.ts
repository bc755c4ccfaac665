// Rules for CronJobs: schedule syntax as the API server parses it, time zones, name length, negative counts. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import nameTooLong from './name-too-long.js';
import negativeValue from './negative-value.js';
import scheduleInvalid from './schedule-invalid.js';
import timeZoneInvalid from './time-zone-invalid.js';

export const cronJobRules: readonly Rule[] = [scheduleInvalid, nameTooLong, timeZoneInvalid, negativeValue];
