import { defineRule } from '../../engine/rule.js';
import { asArray, objectEntries, preview } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { CORE_VALIDATION } from './utils/persistent-volumes.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';

/** A term as the API server compares terms: each key with its set of values, in a canonical text. */
function termKey(expressions: ReadonlyArray<readonly [number, Record<string, unknown>]>): string {
  const byKey = new Map<string, Set<string>>();
  for (const [, expression] of expressions) {
    const values = asArray(expression.values).filter((value): value is string => typeof value === 'string');
    byKey.set(typeof expression.key === 'string' ? expression.key : '', new Set(values));
  }
  return JSON.stringify(
    [...byKey.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, values]) => [key, [...values].sort()]),
  );
}

export default defineRule({
  meta: {
    id: 'storage/allowed-topologies-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['StorageClass'],
    description:
      'A StorageClass’s allowedTopologies terms must each hold label requirements, without repeated keys, values or terms.',
    fixable: false,
    sources: [
      { package: STORAGE_VALIDATION, function: 'validateAllowedTopologies' },
      { package: CORE_VALIDATION, function: 'ValidateTopologySelectorTerm' },
      { package: CORE_VALIDATION, function: 'validateTopologySelectorLabelRequirement', type: 'Duplicate' },
    ],
    messages: {
      emptyTerm:
        'this allowedTopologies term has no matchLabelExpressions, which the API server refuses (it reads as a duplicate of an empty term); add a requirement, or remove the term',
      duplicateTerm:
        'this allowedTopologies term repeats an earlier one, so the API server refuses the StorageClass; remove it',
      duplicateKey:
        'key {{key}} appears twice in one allowedTopologies term, so the API server refuses the StorageClass; merge the values into one requirement',
      duplicateValue: 'value {{value}} is listed twice, so the API server refuses the StorageClass; list it once',
      invalidKey:
        'allowedTopologies key {{key}} is not a valid label key: {{reasons}}; the API server refuses the StorageClass',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io' || resource.kind !== 'StorageClass') return;
        const seenTerms = new Set<string>();
        for (const [termIndex, term] of objectEntries(resource.object.allowedTopologies)) {
          const termPath = ['allowedTopologies', termIndex];
          const expressions = objectEntries(term.matchLabelExpressions);
          const keys = new Set<string>();
          for (const [index, expression] of expressions) {
            const path = [...termPath, 'matchLabelExpressions', index];
            const values = new Set<string>();
            asArray(expression.values).forEach((value, valueIndex) => {
              if (typeof value !== 'string') return;
              if (values.has(value))
                context.report({
                  resource,
                  path: [...path, 'values', valueIndex],
                  messageId: 'duplicateValue',
                  data: { value: preview(value) },
                });
              values.add(value);
            });
            // An empty key is schema/required-field-missing's finding.
            if (typeof expression.key !== 'string' || expression.key === '') continue;
            if (keys.has(expression.key))
              context.report({
                resource,
                path: [...path, 'key'],
                messageId: 'duplicateKey',
                data: { key: preview(expression.key) },
              });
            keys.add(expression.key);
            const reasons = qualifiedNameErrors(expression.key);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'key'],
                messageId: 'invalidKey',
                data: { key: preview(expression.key), reasons: reasons.join('; ') },
              });
          }
          const expressionsPath = [...termPath, 'matchLabelExpressions'];
          if (expressions.length === 0) context.report({ resource, path: expressionsPath, messageId: 'emptyTerm' });
          else {
            const key = termKey(expressions);
            if (seenTerms.has(key)) context.report({ resource, path: expressionsPath, messageId: 'duplicateTerm' });
            seenTerms.add(key);
          }
        }
      },
    };
  },
});
