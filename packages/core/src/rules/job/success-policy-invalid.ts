import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, isSet, objectEntries, type PlainObject } from '../../model/values.js';
import { isIndexed, jobSpecOf } from './utils/job-specs.js';

const MAX_RULES = 20;
const MAX_INDEXES_LENGTH = 64 * 1024;

/** validateIndexesFormat: increasing intervals "a" or "a-b" below completions; the number of indexes, or what is wrong. */
function countIndexes(indexes: string, completions: number): number | string {
  if (indexes === '') return 0;
  let last: number | undefined;
  let total = 0;
  for (const interval of indexes.split(',')) {
    const limits = interval.split('-');
    if (limits.length > 2) return `"${interval}" has more than two parts`;
    const numbers = limits.map((limit) => (/^[+-]?\d+$/.test(limit) ? Number(limit) : Number.NaN));
    const [first = Number.NaN, second = first] = numbers;
    if (numbers.some((number) => Number.isNaN(number))) return `"${interval}" is not a number or a range of numbers`;
    if (numbers.some((number) => number >= completions))
      return `"${interval}" reaches past the last index, ${completions - 1}`;
    if (limits.length === 2 && first >= second) return `"${interval}" is not an increasing range`;
    if (last !== undefined && last >= first) return `"${interval}" does not come after the previous interval`;
    total += second - first + 1;
    last = second;
  }
  return total;
}

type Report = (path: FieldPath, messageId: string, data?: Readonly<Record<string, string | number>>) => void;

function checkRule(rule: PlainObject, path: FieldPath, completions: number, report: Report): void {
  if (!isSet(rule.succeededCount) && !isSet(rule.succeededIndexes)) {
    report(path, 'ruleEmpty');
    return;
  }
  let total: number | undefined;
  if (typeof rule.succeededIndexes === 'string') {
    const indexesPath = [...path, 'succeededIndexes'];
    if (rule.succeededIndexes.length > MAX_INDEXES_LENGTH) report(indexesPath, 'indexesTooLong');
    const counted = countIndexes(rule.succeededIndexes, completions);
    if (typeof counted === 'string') report(indexesPath, 'indexesFormat', { problem: counted });
    else total = counted;
  }
  const count = asInteger(rule.succeededCount);
  if (count === undefined) return;
  const countPath = [...path, 'succeededCount'];
  if (count < 0) report(countPath, 'countNegative', { count });
  else if (count > completions) report(countPath, 'countAboveCompletions', { count, completions });
  else if (total !== undefined && isSet(rule.succeededIndexes) && count > total)
    report(countPath, 'countAboveIndexes', { count, total });
}

export default defineRule({
  meta: {
    id: 'job/success-policy-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An Indexed Job’s successPolicy has 1-20 rules, each with succeededIndexes (increasing index ranges) or succeededCount within completions.',
    fixable: false,
    kinds: ['Job', 'CronJob'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateSuccessPolicy' },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateSuccessPolicyRule' },
    ],
    messages: {
      noRules:
        'successPolicy has no rules, so it could never declare success and the API server refuses it; add a rule',
      tooManyRules: 'successPolicy has {{count}} rules; the API server allows at most 20',
      ruleEmpty: 'this success rule sets neither succeededIndexes nor succeededCount, so the API server refuses it',
      indexesTooLong: 'succeededIndexes is longer than 64 KiB, which the API server refuses; use ranges (0-99)',
      indexesFormat: 'succeededIndexes cannot be read: {{problem}}; the API server refuses the Job',
      countNegative: 'succeededCount is {{count}}, but a count cannot be negative, so the API server refuses it',
      countAboveCompletions:
        'succeededCount is {{count}}, more than the {{completions}} completions the Job has, so the API server refuses it',
      countAboveIndexes:
        'succeededCount is {{count}}, more than the {{total}} indexes succeededIndexes lists, so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        const policy = site?.spec.successPolicy;
        // Without Indexed mode the API server refuses the policy itself (job/indexed-fields-without-indexed-mode).
        if (!site || !policy || typeof policy !== 'object' || !isIndexed(site.spec)) return;
        const completions = asInteger(site.spec.completions);
        const base = [...site.path, 'successPolicy', 'rules'];
        const report: Report = (path, messageId, data) =>
          context.report({ resource, path, messageId, ...(data ? { data } : {}) });
        const rules = asArray((policy as PlainObject).rules);
        if (rules.length === 0) report(base, 'noRules');
        if (rules.length > MAX_RULES) report(base, 'tooManyRules', { count: rules.length });
        if (completions === undefined) return;
        for (const [index, rule] of objectEntries((policy as PlainObject).rules))
          checkRule(rule, [...base, index], completions, report);
      },
    };
  },
});
