import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, preview } from '../../model/values.js';
import { dns1035LabelErrors } from '../../schema/names.js';
import { CRD_VALIDATION, crdSpec } from './utils/crd-versions.js';

export default defineRule({
  meta: {
    id: 'apiextensions/crd-names-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CustomResourceDefinition’s plural, singular, short names and categories must be DNS-1035 labels; kind and listKind too, in any case, and different.',
    fixable: false,
    kinds: ['CustomResourceDefinition'],
    sources: [{ package: CRD_VALIDATION, function: 'ValidateCustomResourceDefinitionNames' }],
    messages: {
      invalid:
        '{{field}} {{value}} is not a valid name ({{reasons}}), so the API server refuses the CustomResourceDefinition',
      invalidKind:
        '{{field}} {{value}} may be CamelCase, but otherwise must be a DNS-1035 label ({{reasons}}), so the API server refuses the CustomResourceDefinition',
      sameKinds:
        'listKind is the same as kind, which makes lists and items ambiguous, so the API server refuses the CustomResourceDefinition; use {{suggestion}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        const names = asObject(spec?.names);
        if (!names) return;
        const base: FieldPath = ['spec', 'names'];
        const check = (value: unknown, path: FieldPath, field: string, lowerCase: boolean): void => {
          // An empty name is a Required error the schema rules report (or a field the API server defaults).
          if (typeof value !== 'string' || value === '') return;
          const reasons = dns1035LabelErrors(lowerCase ? value.toLowerCase() : value);
          if (reasons.length)
            context.report({
              resource,
              path,
              messageId: lowerCase ? 'invalidKind' : 'invalid',
              data: { field, value: preview(value), reasons: reasons.join('; ') },
            });
        };
        check(names.plural, [...base, 'plural'], 'plural', false);
        check(names.singular, [...base, 'singular'], 'singular', false);
        check(names.kind, [...base, 'kind'], 'kind', true);
        check(names.listKind, [...base, 'listKind'], 'listKind', true);
        for (const list of ['shortNames', 'categories'] as const)
          asArray(names[list]).forEach((value, index) => {
            if (value === '') {
              // An empty entry is no label at all.
              context.report({
                resource,
                path: [...base, list, index],
                messageId: 'invalid',
                data: { field: `${list}[${index}]`, value: '""', reasons: dns1035LabelErrors('').join('; ') },
              });
              return;
            }
            check(value, [...base, list, index], `${list}[${index}]`, false);
          });
        if (typeof names.kind === 'string' && names.kind !== '' && names.kind === names.listKind)
          context.report({
            resource,
            path: [...base, 'listKind'],
            messageId: 'sameKinds',
            data: { suggestion: `${names.kind}List` },
          });
      },
    };
  },
});
