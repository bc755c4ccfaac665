import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { parseQuantity } from '../../model/quantity.js';
import { asObject, goString, isSet, objectEntries } from '../../model/values.js';
import { dns1123LabelErrors, labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';
import { resourceNameProblems } from '../factories/resource-names.js';

type Report = (path: FieldPath, messageId: string, data: Readonly<Record<string, string>>) => void;

/** validateOverhead: podFixed is validated as a container's limits. */
function checkOverhead(overhead: Record<string, unknown>, report: Report): void {
  for (const [name, value] of Object.entries(asObject(overhead.podFixed) ?? {})) {
    const path = ['overhead', 'podFixed', name];
    const reasons = resourceNameProblems(name, 'container');
    if (reasons.length > 0) report(path, 'overheadName', { name, reasons: reasons.join('; ') });
    const quantity = parseQuantity(value);
    if (quantity && quantity.numerator < 0n) report(path, 'overheadNegative', { name, value: String(value) });
  }
}

/** validateTolerations of the node package: ValidateTolerations, and no two identical tolerations. */
function checkTolerations(scheduling: Record<string, unknown>, report: Report): void {
  const seen = new Set<string>();
  for (const [index, toleration] of objectEntries(scheduling.tolerations)) {
    const path = ['scheduling', 'tolerations', index];
    const key = goString(toleration.key);
    const operator = goString(toleration.operator);
    const value = goString(toleration.value);
    const effect = goString(toleration.effect);
    if (key === undefined || operator === undefined || value === undefined || effect === undefined) continue;
    const keyReasons = key === '' ? [] : qualifiedNameErrors(key);
    if (keyReasons.length > 0) report([...path, 'key'], 'tolerationKey', { key, reasons: keyReasons.join('; ') });
    if (key === '' && operator !== 'Exists') report([...path, 'operator'], 'emptyKeyNeedsExists', { operator });
    if (isSet(toleration.tolerationSeconds) && effect !== 'NoExecute')
      report([...path, 'effect'], 'secondsNeedNoExecute', { effect: effect || 'empty' });
    if (operator === 'Exists' && value !== '') report([...path, 'operator'], 'existsWithValue', { value });
    if (operator === 'Equal' || operator === '') {
      const reasons = labelValueErrors(value);
      if (reasons.length > 0) report([...path, 'operator'], 'tolerationValue', { value, reasons: reasons.join('; ') });
    }
    const identity = JSON.stringify([key, operator, value, effect]);
    if (seen.has(identity)) report(path, 'duplicateToleration', { key });
    seen.add(identity);
  }
}

export default defineRule({
  meta: {
    id: 'node/runtime-class-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['RuntimeClass'],
    description:
      'A RuntimeClass handler is a DNS label, its overhead names container resources, and its scheduling tolerations are valid and distinct.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'ValidateRuntimeClass', type: 'Invalid' },
      { package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'validateTolerations' },
    ],
    messages: {
      handler: 'handler "{{handler}}" is not a DNS label ({{reasons}}), so the API server refuses the RuntimeClass',
      overheadName: 'overhead.podFixed names "{{name}}": {{reasons}}; the API server refuses the RuntimeClass',
      overheadNegative:
        'overhead of {{name}} is {{value}}, but a cost cannot be negative, so the API server refuses the RuntimeClass',
      tolerationKey:
        'toleration key "{{key}}" is not a label name: {{reasons}}; the API server refuses the RuntimeClass',
      emptyKeyNeedsExists:
        'a toleration without key matches every taint only with operator Exists, so the API server refuses operator "{{operator}}"',
      secondsNeedNoExecute:
        'tolerationSeconds only applies to NoExecute taints, but the effect is {{effect}}, so the API server refuses the RuntimeClass',
      existsWithValue:
        'a toleration with operator Exists ignores the value "{{value}}", so the API server refuses it; remove the value or use Equal',
      tolerationValue:
        'toleration value "{{value}}" is not a label value: {{reasons}}; the API server refuses the RuntimeClass',
      duplicateToleration:
        'this toleration repeats an earlier one, so the API server refuses the RuntimeClass; remove it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'node.k8s.io', ['RuntimeClass']) || resource.version !== 'v1') return;
        const report: Report = (path, messageId, data) => context.report({ resource, path, messageId, data });
        const handler = resource.object.handler;
        if (typeof handler === 'string' && handler !== '') {
          const reasons = dns1123LabelErrors(handler);
          if (reasons.length > 0) report(['handler'], 'handler', { handler, reasons: reasons.join('; ') });
        }
        const overhead = asObject(resource.object.overhead);
        if (overhead) checkOverhead(overhead, report);
        const scheduling = asObject(resource.object.scheduling);
        if (scheduling) checkTolerations(scheduling, report);
      },
    };
  },
});
