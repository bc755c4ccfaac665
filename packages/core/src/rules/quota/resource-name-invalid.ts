import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, objectEntries } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { resourceNameProblems, type ResourceNameUse } from '../factories/resource-names.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const LIMIT_TYPES = ['Pod', 'Container', 'PersistentVolumeClaim'];
const LIMIT_LISTS = ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'];

export default defineRule({
  meta: {
    id: 'quota/resource-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Quota and limit-range resource names are standard (cpu, requests.memory, pods…) or domain-qualified; limit types are Pod, Container or PVC.',
    fixable: false,
    kinds: ['ResourceQuota', 'LimitRange'],
    sources: [
      { package: CORE, function: 'ValidateResourceQuotaResourceName' },
      { package: CORE, function: 'validateResourceName', type: 'Invalid' },
      { package: CORE, function: 'validateLimitRangeTypeName' },
      { package: CORE, function: 'ValidateLimitRange', type: 'Duplicate' },
    ],
    messages: {
      resourceName: '{{list}} names resource "{{name}}": {{reasons}}; the API server refuses the object',
      limitType:
        'limit type "{{name}}" is not Pod, Container or PersistentVolumeClaim ({{reasons}}), so the API server refuses the LimitRange',
      duplicateType:
        'limit type "{{name}}" appears twice; a LimitRange has one entry per type, so the API server refuses it: merge the two entries',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const report = (path: FieldPath, list: string, name: string, use: ResourceNameUse): void => {
          const reasons = resourceNameProblems(name, use);
          if (reasons.length > 0)
            context.report({
              resource,
              path,
              messageId: 'resourceName',
              data: { list, name, reasons: reasons.join('; ') },
            });
        };
        if (isBuiltin(resource, '', ['ResourceQuota'])) {
          for (const name of Object.keys(asObject(specOf(resource)?.hard) ?? {}))
            report(['spec', 'hard', name], 'spec.hard', name, 'quota');
          return;
        }
        if (!isBuiltin(resource, '', ['LimitRange'])) return;
        const seen = new Set<string>();
        for (const [index, limit] of objectEntries(specOf(resource)?.limits)) {
          const base = ['spec', 'limits', index];
          const type = typeof limit.type === 'string' ? limit.type : '';
          if (type !== '') {
            const reasons = qualifiedNameErrors(type);
            if (reasons.length === 0 && !type.includes('/') && !LIMIT_TYPES.includes(type))
              reasons.push('without a domain prefix it must be one of the standard limit types');
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...base, 'type'],
                messageId: 'limitType',
                data: { name: type, reasons: reasons.join('; ') },
              });
            if (seen.has(type))
              context.report({ resource, path: [...base, 'type'], messageId: 'duplicateType', data: { name: type } });
            seen.add(type);
          }
          const use: ResourceNameUse = type === 'Pod' || type === 'Container' ? 'container' : 'other';
          for (const list of LIMIT_LISTS) {
            // A Pod limit may not have defaults at all (quota/limit-range-bounds reports that).
            if (type === 'Pod' && (list === 'default' || list === 'defaultRequest')) continue;
            for (const name of Object.keys(asObject(limit[list]) ?? {}))
              report([...base, list, name], `limits[${index}].${list}`, name, use);
          }
        }
      },
    };
  },
});
