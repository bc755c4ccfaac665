import type { RuleContext } from '../../../engine/rule.js';
import { caseFix } from '../../../model/fixes.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, asObject, goString, objectEntries, type PlainObject } from '../../../model/values.js';
import { labelKeyProblems, labelValueProblems } from './label-syntax.js';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** The messages of `checkLabelSelector`, shared by every rule that checks selectors with it. */
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

/** apimachinery's `ValidateLabelSelector` with invalid label values not tolerated (the create path). */
export function checkLabelSelector(
  context: RuleContext,
  resource: Resource,
  selector: PlainObject,
  path: FieldPath,
): void {
  for (const [key, value] of Object.entries(asObject(selector.matchLabels) ?? {})) {
    // The API server reports `labelSelector.matchLabels` without the key; podlint points at the entry.
    const entryPath = [...path, 'matchLabels', key];
    const keyProblems = labelKeyProblems(key);
    if (keyProblems.length > 0) {
      context.report({
        resource,
        path: entryPath,
        messageId: 'matchLabelsKeyInvalid',
        data: { key: JSON.stringify(key), join: keyProblems.join('; ') },
      });
    }
    const valueProblems = typeof value === 'string' ? labelValueProblems(value) : [];
    if (valueProblems.length > 0) {
      context.report({
        resource,
        path: entryPath,
        messageId: 'matchLabelsValueInvalid',
        data: { value: JSON.stringify(value), key: JSON.stringify(key), join: valueProblems.join('; ') },
      });
    }
  }
  for (const [index, expression] of objectEntries(selector.matchExpressions)) {
    const expressionPath = [...path, 'matchExpressions', index];
    const operator = goString(expression.operator);
    const values = asArray(expression.values);
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) {
        context.report({
          resource,
          path: [...expressionPath, 'values'],
          messageId: 'valuesMissing',
          data: { operator },
        });
      }
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        context.report({
          resource,
          path: [...expressionPath, 'values'],
          messageId: 'valuesForbidden',
          data: { operator },
        });
      }
    } else if (operator !== undefined) {
      const operatorPath = [...expressionPath, 'operator'];
      const corrected = operator === '' ? undefined : caseFix(operator, OPERATORS, operatorPath, 'the operator');
      context.report({
        resource,
        path: operatorPath,
        messageId: 'operatorUnsupported',
        data: {
          detail:
            operator === ''
              ? 'the expression has no operator'
              : `operator ${JSON.stringify(operator)} is not a selector operator`,
          detail2: corrected
            ? `"${corrected.value}" (operators are case-sensitive)`
            : 'In, NotIn, Exists or DoesNotExist',
        },
        fix: corrected?.fix,
      });
    }
    const key = goString(expression.key);
    const keyProblems = key === undefined ? [] : labelKeyProblems(key);
    if (key !== undefined && keyProblems.length > 0) {
      context.report({
        resource,
        path: [...expressionPath, 'key'],
        messageId: 'expressionKeyInvalid',
        data: {
          detail: key === '' ? 'the expression has no key' : `key ${JSON.stringify(key)} is not a valid label key`,
          join: keyProblems.join('; '),
        },
      });
    }
    values.forEach((value, valueIndex) => {
      const problems = typeof value === 'string' ? labelValueProblems(value) : [];
      if (problems.length === 0) return;
      context.report({
        resource,
        path: [...expressionPath, 'values', valueIndex],
        messageId: 'expressionValueInvalid',
        data: { value: JSON.stringify(value), join: problems.join('; ') },
      });
    });
  }
}
