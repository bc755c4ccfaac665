import type { RuleContext } from '../../engine/rule.js';
import { caseFix, type FixIntent } from '../../model/fixes.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { asArray, asObject, goString, objectEntries, type PlainObject } from '../../model/values.js';
import {
  labelKeyServerErrors,
  labelValueErrors,
  labelValueServerErrors,
  qualifiedNameErrors,
} from '../../schema/names.js';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** One thing ValidateLabelSelector refuses, with the reasons of a bad key or value in the wording asked for. */
export type LabelSelectorProblem = { readonly path: FieldPath } & (
  | { readonly kind: 'matchLabelsKey'; readonly key: string; readonly reasons: readonly string[] }
  | {
      readonly kind: 'matchLabelsValue';
      readonly key: string;
      readonly value: string;
      readonly reasons: readonly string[];
    }
  | { readonly kind: 'valuesRequired' | 'valuesForbidden'; readonly operator: string }
  | {
      readonly kind: 'operator';
      readonly operator: string;
      /** The operator it spells in another case or within a typo, and the fix that writes it. */
      readonly corrected: { value: string; fix: FixIntent } | undefined;
    }
  | { readonly kind: 'key'; readonly key: string; readonly reasons: readonly string[] }
  | { readonly kind: 'value'; readonly value: string; readonly reasons: readonly string[] }
);

/** `person`: podlint's own phrasing of the syntax reasons; `server`: the API server's. */
export type ReasonWording = 'person' | 'server';

/**
 * apimachinery's ValidateLabelSelector (matchLabels, then each ValidateLabelSelectorRequirement)
 * without the allowances for invalid old data. An expression whose operator or key is not a string
 * is left to the schema: the API server refuses it while decoding, before these checks.
 */
export function labelSelectorProblems(
  selector: Record<string, unknown>,
  path: FieldPath,
  wording: ReasonWording,
): LabelSelectorProblem[] {
  const keyReasons = wording === 'server' ? labelKeyServerErrors : qualifiedNameErrors;
  const valueReasons = wording === 'server' ? labelValueServerErrors : labelValueErrors;
  const problems: LabelSelectorProblem[] = [];
  // Indexed loops, no entries: this runs for the selectors of every workload, mostly before V8
  // optimizes it, where for…of and destructuring allocate per step.
  const matchLabels = asObject(selector.matchLabels) ?? {};
  const labelKeys = Object.keys(matchLabels);
  for (let at = 0; at < labelKeys.length; at++) {
    const key = labelKeys[at] as string;
    const value = matchLabels[key];
    // The API server reports `matchLabels` without the key; podlint points at the entry.
    const entryPath = [...path, 'matchLabels', key];
    const reasons = keyReasons(key);
    if (reasons.length > 0) problems.push({ kind: 'matchLabelsKey', path: entryPath, key, reasons });
    const badValue = typeof value === 'string' ? valueReasons(value) : [];
    if (typeof value === 'string' && badValue.length > 0)
      problems.push({ kind: 'matchLabelsValue', path: entryPath, key, value, reasons: badValue });
  }
  const expressions = objectEntries(selector.matchExpressions);
  for (let at = 0; at < expressions.length; at++) {
    const entry = expressions[at] as [number, PlainObject];
    const index = entry[0];
    const expression = entry[1];
    const base = [...path, 'matchExpressions', index];
    const operator = goString(expression.operator);
    const key = goString(expression.key);
    const values = asArray(expression.values);
    if (operator === undefined || key === undefined) continue;
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) problems.push({ kind: 'valuesRequired', path: [...base, 'values'], operator });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) problems.push({ kind: 'valuesForbidden', path: [...base, 'values'], operator });
    } else {
      const operatorPath = [...base, 'operator'];
      const corrected = operator === '' ? undefined : caseFix(operator, OPERATORS, operatorPath, 'the operator');
      problems.push({ kind: 'operator', path: operatorPath, operator, corrected });
    }
    const badKey = keyReasons(key);
    if (badKey.length > 0) problems.push({ kind: 'key', path: [...base, 'key'], key, reasons: badKey });
    values.forEach((value, valueIndex) => {
      if (typeof value !== 'string') return;
      const reasons = valueReasons(value);
      if (reasons.length > 0) problems.push({ kind: 'value', path: [...base, 'values', valueIndex], value, reasons });
    });
  }
  return problems;
}

/** The messages of `reportMatchExpressions`, for the meta.messages of the rules that use it. */
export const SELECTOR_MESSAGES = {
  operator:
    'selector operator "{{operator}}" is not In, NotIn, Exists or DoesNotExist, so the API server refuses the object',
  valuesRequired:
    'operator {{operator}} compares with values, but values is empty, so the API server refuses the object',
  valuesForbidden:
    'operator {{operator}} only checks that the label is (not) there and takes no values, so the API server refuses the object; remove values',
  key: 'selector key "{{key}}" is not a label name: {{reasons}}; the API server refuses the object',
  value: 'selector value "{{value}}" is not a label value: {{reasons}}; the API server refuses the object',
} as const;

/** Reports a selector's bad matchExpressions (its matchLabels are the schema's label checks), in podlint's words. */
export function reportMatchExpressions(
  context: RuleContext,
  resource: Resource,
  selector: Record<string, unknown>,
  path: FieldPath,
): void {
  for (const problem of labelSelectorProblems(selector, path, 'person')) {
    const { path: at } = problem;
    switch (problem.kind) {
      case 'operator':
      case 'valuesRequired':
      case 'valuesForbidden':
        context.report({ resource, path: at, messageId: problem.kind, data: { operator: problem.operator } });
        break;
      case 'key':
        context.report({
          resource,
          path: at,
          messageId: 'key',
          data: { key: problem.key, reasons: problem.reasons.join('; ') },
        });
        break;
      case 'value':
        context.report({
          resource,
          path: at,
          messageId: 'value',
          data: { value: problem.value, reasons: problem.reasons.join('; ') },
        });
        break;
      default:
        // matchLabels: schema/label-invalid reports those for these kinds.
        break;
    }
  }
}

/** The messages of `reportLabelSelector`, shared by every rule that checks selectors with it. */
export const LABEL_SELECTOR_MESSAGES = {
  matchLabelsKeyInvalid:
    'matchLabels key {{key}} is not a valid label key, so the API server refuses the selector ({{join}}); use the key of a label the pods carry',
  matchLabelsValueInvalid:
    'matchLabels value {{value}} for {{key}} is not a valid label value, so no pod can carry it and the API server refuses the selector ({{join}})',
  valuesMissing:
    "operator {{operator}} compares the label with a list of values, but the list is empty, so the API server refuses it (must be specified when `operator` is 'In' or 'NotIn'); add the values, or use Exists / DoesNotExist to test only for the key",
  valuesForbidden:
    "operator {{operator}} only tests whether the key is present, so values make no sense and the API server refuses them (may not be specified when `operator` is 'Exists' or 'DoesNotExist'); remove values, or use In / NotIn to compare values",
  operatorUnsupported: '{{detail}}, so the API server refuses it (not a valid selector operator); use {{detail2}}',
  expressionKeyInvalid:
    '{{detail}}, so the API server refuses the selector ({{join}}); use the key of a label the pods carry',
  expressionValueInvalid:
    'value {{value}} is not a valid label value, so no pod can carry it and the API server refuses the selector ({{join}})',
} as const;

/** Reports every problem of a label selector, quoting the API server's reasons (the create path). */
export function reportLabelSelector(
  context: RuleContext,
  resource: Resource,
  selector: Record<string, unknown>,
  path: FieldPath,
): void {
  for (const problem of labelSelectorProblems(selector, path, 'server')) {
    const { path: at } = problem;
    const join = 'reasons' in problem ? problem.reasons.join('; ') : '';
    switch (problem.kind) {
      case 'matchLabelsKey':
        context.report({
          resource,
          path: at,
          messageId: 'matchLabelsKeyInvalid',
          data: { key: JSON.stringify(problem.key), join },
        });
        break;
      case 'matchLabelsValue':
        context.report({
          resource,
          path: at,
          messageId: 'matchLabelsValueInvalid',
          data: { value: JSON.stringify(problem.value), key: JSON.stringify(problem.key), join },
        });
        break;
      case 'valuesRequired':
        context.report({ resource, path: at, messageId: 'valuesMissing', data: { operator: problem.operator } });
        break;
      case 'valuesForbidden':
        context.report({ resource, path: at, messageId: 'valuesForbidden', data: { operator: problem.operator } });
        break;
      case 'operator':
        context.report({
          resource,
          path: at,
          messageId: 'operatorUnsupported',
          data: {
            detail:
              problem.operator === ''
                ? 'the expression has no operator'
                : `operator ${JSON.stringify(problem.operator)} is not a selector operator`,
            detail2: problem.corrected
              ? `"${problem.corrected.value}" (operators are case-sensitive)`
              : 'In, NotIn, Exists or DoesNotExist',
          },
          fix: problem.corrected?.fix,
        });
        break;
      case 'key':
        context.report({
          resource,
          path: at,
          messageId: 'expressionKeyInvalid',
          data: {
            detail:
              problem.key === ''
                ? 'the expression has no key'
                : `key ${JSON.stringify(problem.key)} is not a valid label key`,
            join,
          },
        });
        break;
      case 'value':
        context.report({
          resource,
          path: at,
          messageId: 'expressionValueInvalid',
          data: { value: JSON.stringify(problem.value), join },
        });
        break;
    }
  }
}
