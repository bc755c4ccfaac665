import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { Resource } from '../../model/resource.js';
import { goString, objectEntries, quoteList } from '../../model/values.js';
import { labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';
import { jsonString, jsonStruct, nodeAnnotation, parseJson, TAINTS_ANNOTATION } from './utils/annotations.js';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const ANNOTATION_PATH = ['metadata', 'annotations', TAINTS_ANNOTATION];

interface Taint {
  readonly key: string;
  readonly value: string;
  readonly effect: string;
}

/** The annotation as the API server decodes it into []Taint, or why it cannot. */
function annotationTaints(text: string): { taints: Taint[] } | { error: string } {
  const parsed = parseJson(text);
  if ('error' in parsed) return parsed;
  if (parsed.value === null) return { taints: [] };
  if (!Array.isArray(parsed.value)) return { error: 'it is not a JSON array' };
  const taints: Taint[] = [];
  for (const [index, entry] of parsed.value.entries()) {
    const taint = jsonStruct(entry);
    const fields = taint && (['key', 'value', 'effect'] as const).map((field) => jsonString(taint, field));
    const timeAdded = taint?.timeAdded;
    if (
      !fields ||
      fields.some((field) => field === undefined) ||
      (timeAdded !== undefined && timeAdded !== null && (typeof timeAdded !== 'string' || isNaN(Date.parse(timeAdded))))
    )
      return { error: `entry ${index} is not a taint object with string key, value and effect` };
    const [key = '', value = '', effect = ''] = fields;
    taints.push({ key, value, effect });
  }
  return { taints };
}

export default defineRule({
  meta: {
    id: 'node/taint-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Node'],
    description:
      'A Node taint (in spec.taints or the scheduler.alpha.kubernetes.io/taints annotation) has a label-name key, a label value and an effect, one per key and effect.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeTaints' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateTaintsInNodeAnnotations' },
    ],
    messages: {
      key: 'taint key "{{value}}" is not a label name: {{reasons}}; the API server refuses the Node',
      value: 'taint value "{{value}}" is not a label value: {{reasons}}; the API server refuses the Node',
      duplicate:
        'a taint with key "{{key}}" and effect {{effect}} is already set; taints must be unique by key and effect, so the API server refuses the Node',
      annotationJson:
        'annotation {{annotation}} does not decode as a list of taints ({{reason}}), so the API server refuses the Node; write a JSON array such as [{"key":"dedicated","value":"gpu","effect":"NoSchedule"}], or use spec.taints',
      annotationKey:
        'taint {{index}} of annotation {{annotation}} has key {{value}}, which is not a label name: {{reasons}}; the API server refuses the Node',
      annotationValue:
        'taint {{index}} of annotation {{annotation}} has value {{value}}, which is not a label value: {{reasons}}; the API server refuses the Node',
      annotationEffectMissing:
        'taint {{index}} of annotation {{annotation}} has no effect, which the API server requires (one of {{effects}})',
      annotationEffect:
        'taint {{index}} of annotation {{annotation}} has effect {{value}}, which the API server does not support (supported values: {{effects}})',
      annotationDuplicate:
        'taint {{index}} of annotation {{annotation}} repeats key {{key}} with effect {{effect}}; taints must be unique by key and effect, so the API server refuses the Node',
    },
  },
  create(context) {
    function checkAnnotation(resource: Resource, text: string): void {
      const decoded = annotationTaints(text);
      const annotation = JSON.stringify(TAINTS_ANNOTATION);
      if ('error' in decoded) {
        // The API server reports a decoding error at metadata.annotations.
        context.report({
          resource,
          path: ['metadata', 'annotations'],
          messageId: 'annotationJson',
          data: { annotation, reason: decoded.error },
        });
        return;
      }
      const seen = new Set<string>();
      const report = (messageId: string, data: Record<string, string | number>): void =>
        context.report({ resource, path: ANNOTATION_PATH, messageId, data: { annotation, ...data } });
      decoded.taints.forEach((taint, index) => {
        const keyReasons = qualifiedNameErrors(taint.key);
        if (keyReasons.length > 0)
          report('annotationKey', { index, value: JSON.stringify(taint.key), reasons: keyReasons.join('; ') });
        const valueReasons = labelValueErrors(taint.value);
        if (valueReasons.length > 0)
          report('annotationValue', { index, value: JSON.stringify(taint.value), reasons: valueReasons.join('; ') });
        if (taint.effect === '') report('annotationEffectMissing', { index, effects: quoteList(EFFECTS) });
        else if (!EFFECTS.includes(taint.effect))
          report('annotationEffect', { index, value: JSON.stringify(taint.effect), effects: quoteList(EFFECTS) });
        const identity = JSON.stringify([taint.key, taint.effect]);
        if (seen.has(identity))
          report('annotationDuplicate', { index, key: JSON.stringify(taint.key), effect: taint.effect || '""' });
        seen.add(identity);
      });
    }

    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['Node'])) return;
        const annotationText = nodeAnnotation(resource, TAINTS_ANNOTATION);
        if (annotationText !== undefined) checkAnnotation(resource, annotationText);
        const seen = new Set<string>();
        for (const [index, taint] of objectEntries(specOf(resource)?.taints)) {
          const path = ['spec', 'taints', index];
          const key = goString(taint.key);
          const value = goString(taint.value);
          const effect = goString(taint.effect);
          if (key === undefined || value === undefined || effect === undefined) continue;
          const keyReasons = key === '' ? [] : qualifiedNameErrors(key);
          if (keyReasons.length > 0)
            context.report({
              resource,
              path: [...path, 'key'],
              messageId: 'key',
              data: { value: key, reasons: keyReasons.join('; ') },
            });
          const valueReasons = labelValueErrors(value);
          if (valueReasons.length > 0)
            context.report({
              resource,
              path: [...path, 'value'],
              messageId: 'value',
              data: { value, reasons: valueReasons.join('; ') },
            });
          const identity = JSON.stringify([key, effect]);
          if (effect !== '' && seen.has(identity))
            context.report({ resource, path, messageId: 'duplicate', data: { key, effect } });
          seen.add(identity);
        }
      },
    };
  },
});
