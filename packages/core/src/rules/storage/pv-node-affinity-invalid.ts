import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, goString, objectEntries, preview, type PlainObject } from '../../model/values.js';
import { dns1123SubdomainErrors, labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';
import { CORE_VALIDATION, persistentVolumeSpec, setSources } from './utils/persistent-volumes.js';

const VALUE_COUNT: Readonly<Record<string, 'some' | 'none' | 'one'>> = {
  In: 'some',
  NotIn: 'some',
  Exists: 'none',
  DoesNotExist: 'none',
  Gt: 'one',
  Lt: 'one',
};

interface Finding {
  readonly path: FieldPath;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** What ValidateNodeSelectorRequirement refuses in one matchExpressions entry. */
function expressionFindings(requirement: PlainObject, path: FieldPath): Finding[] {
  const findings: Finding[] = [];
  const operator = goString(requirement.operator) ?? '';
  const values = asArray(requirement.values);
  const expected = VALUE_COUNT[operator];
  const data = { operator, count: values.length };
  if (expected === 'some' && values.length === 0)
    findings.push({ path: [...path, 'values'], messageId: 'needValues', data });
  else if (expected === 'none' && values.length > 0)
    findings.push({ path: [...path, 'values'], messageId: 'noValues', data });
  else if (expected === 'one' && values.length !== 1)
    findings.push({ path: [...path, 'values'], messageId: 'oneValue', data });
  // An empty key is schema/required-field-missing's finding.
  if (typeof requirement.key === 'string' && requirement.key !== '') {
    const reasons = qualifiedNameErrors(requirement.key);
    if (reasons.length)
      findings.push({
        path: [...path, 'key'],
        messageId: 'labelKey',
        data: { key: preview(requirement.key), reasons: reasons.join('; ') },
      });
  }
  values.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const reasons = labelValueErrors(value);
    if (reasons.length)
      findings.push({
        path: [...path, 'values', index],
        messageId: 'labelValue',
        data: { value: preview(value), reasons: reasons.join('; ') },
      });
  });
  return findings;
}

/** What ValidateNodeFieldSelectorRequirement refuses in one matchFields entry. */
function fieldFindings(requirement: PlainObject, path: FieldPath): Finding[] {
  const findings: Finding[] = [];
  const operator = goString(requirement.operator) ?? '';
  const values = asArray(requirement.values);
  if ((operator === 'In' || operator === 'NotIn') && values.length !== 1)
    findings.push({ path: [...path, 'values'], messageId: 'oneField', data: { operator, count: values.length } });
  if (typeof requirement.key === 'string' && requirement.key !== '' && requirement.key !== 'metadata.name')
    findings.push({ path: [...path, 'key'], messageId: 'fieldKey', data: { key: preview(requirement.key) } });
  else if (requirement.key === 'metadata.name')
    values.forEach((value, index) => {
      if (typeof value !== 'string') return;
      const reasons = dns1123SubdomainErrors(value);
      if (reasons.length)
        findings.push({
          path: [...path, 'values', index],
          messageId: 'nodeName',
          data: { value: preview(value), reasons: reasons.join('; ') },
        });
    });
  return findings;
}

export default defineRule({
  meta: {
    id: 'storage/pv-node-affinity-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PersistentVolume'],
    description: 'A PersistentVolume’s node affinity must be a valid node selector, and a local volume must have one.',
    fixable: false,
    sources: [
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeSpec', type: 'Required', field: 'nodeAffinity' },
      { package: CORE_VALIDATION, function: 'validateVolumeNodeAffinity' },
      { package: CORE_VALIDATION, function: 'ValidateNodeSelectorRequirement', field: 'values' },
      { package: CORE_VALIDATION, function: 'ValidateNodeSelectorRequirement', type: 'Invalid', field: 'key' },
      { package: CORE_VALIDATION, function: 'ValidateNodeFieldSelectorRequirement' },
    ],
    messages: {
      localNeedsAffinity:
        'a local volume lives on one node, so the API server refuses it without nodeAffinity (Local volume requires node affinity); add nodeAffinity.required with the node’s kubernetes.io/hostname',
      needValues:
        'operator {{operator}} compares the node label with values, but the requirement has none, so the API server refuses the PersistentVolume; list the values to match',
      noValues:
        'operator {{operator}} only checks whether the node label exists, so values must be empty, and the API server refuses the PersistentVolume; remove values, or use operator In',
      oneValue:
        'operator {{operator}} compares the node label with exactly one integer, but the requirement has {{count}} values, so the API server refuses the PersistentVolume',
      labelKey:
        'node affinity key {{key}} is not a valid label key: {{reasons}}; the API server refuses the PersistentVolume',
      labelValue:
        'node affinity value {{value}} is not a valid label value: {{reasons}}; no node label can hold it, and the API server refuses the PersistentVolume',
      oneField:
        'a matchFields requirement with operator {{operator}} needs exactly one node name, but it has {{count}}, so the API server refuses the PersistentVolume; use one term per node, or matchExpressions on kubernetes.io/hostname',
      fieldKey:
        'matchFields key {{key}} is not supported: the only node field it can select on is metadata.name, so the API server refuses the PersistentVolume',
      nodeName:
        'node name {{value}} is not a valid node name: {{reasons}}; the API server refuses the PersistentVolume',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = persistentVolumeSpec(resource);
        if (!spec) return;
        const affinity = spec.nodeAffinity;
        // Only a local volume validated as the first source needs affinity; a second source is refused on its own.
        if ((affinity === undefined || affinity === null) && setSources(spec)[0]?.key === 'local')
          context.report({ resource, path: ['spec', 'nodeAffinity'], messageId: 'localNeedsAffinity' });
        const termsPath = ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms'];
        const terms = objectEntries(asObject(asObject(affinity)?.required)?.nodeSelectorTerms);
        for (const [termIndex, term] of terms) {
          const findings = [
            ...objectEntries(term.matchExpressions).flatMap(([index, requirement]) =>
              expressionFindings(requirement, [...termsPath, termIndex, 'matchExpressions', index]),
            ),
            ...objectEntries(term.matchFields).flatMap(([index, requirement]) =>
              fieldFindings(requirement, [...termsPath, termIndex, 'matchFields', index]),
            ),
          ];
          for (const finding of findings) context.report({ resource, ...finding });
        }
      },
    };
  },
});
