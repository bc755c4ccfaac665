import type { FieldPath } from '../../model/path.js';
import { asArray, goString, objectEntries } from '../../model/values.js';
import { labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';

export interface SelectorProblem {
  readonly path: FieldPath;
  readonly messageId: 'operator' | 'valuesRequired' | 'valuesForbidden' | 'key' | 'value';
  readonly data: Readonly<Record<string, string>>;
}

/** The messages of SelectorProblem, for the meta.messages of the rules that report them. */
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

/**
 * ValidateLabelSelectorRequirement for each of a selector's matchExpressions (matchLabels are the
 * schema's label checks), without the allowances for invalid old data.
 */
export function matchExpressionProblems(selector: Record<string, unknown>, path: FieldPath): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  for (const [index, expression] of objectEntries(selector.matchExpressions)) {
    const base = [...path, 'matchExpressions', index];
    const operator = goString(expression.operator);
    const key = goString(expression.key);
    const values = asArray(expression.values);
    if (operator === undefined || key === undefined) continue;
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0)
        problems.push({ path: [...base, 'values'], messageId: 'valuesRequired', data: { operator } });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0)
        problems.push({ path: [...base, 'values'], messageId: 'valuesForbidden', data: { operator } });
    } else problems.push({ path: [...base, 'operator'], messageId: 'operator', data: { operator } });
    const keyReasons = qualifiedNameErrors(key);
    if (keyReasons.length > 0)
      problems.push({ path: [...base, 'key'], messageId: 'key', data: { key, reasons: keyReasons.join('; ') } });
    values.forEach((value, valueIndex) => {
      if (typeof value !== 'string') return;
      const reasons = labelValueErrors(value);
      if (reasons.length > 0)
        problems.push({
          path: [...base, 'values', valueIndex],
          messageId: 'value',
          data: { value, reasons: reasons.join('; ') },
        });
    });
  }
  return problems;
}
