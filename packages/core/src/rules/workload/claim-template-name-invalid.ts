import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, objectEntries } from '../../model/values.js';
import { dns1123LabelErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'workload/claim-template-name-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['StatefulSet'],
    description:
      'Each StatefulSet volumeClaimTemplate needs a name that is a DNS label: it becomes a volume of the pod template.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'volumesToAddForTemplates' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateDNS1123Label' },
    ],
    messages: {
      required:
        'this volumeClaimTemplate has no name, but it becomes a pod volume (and a claim) named after it, so the API server refuses the StatefulSet (spec.template.spec.volumes[].name: Required value); name it, e.g. "data"',
      invalid:
        'volumeClaimTemplate name "{{value}}" is not a DNS label ({{reasons}}), but it becomes a pod volume of that name, so the API server refuses the StatefulSet; use a short lower-case name such as "data"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['StatefulSet'])) return;
        for (const [index, claim] of objectEntries(specOf(resource)?.volumeClaimTemplates)) {
          const path = ['spec', 'volumeClaimTemplates', index, 'metadata', 'name'];
          const name = asObject(claim.metadata)?.name;
          if (name === undefined || name === null || name === '') {
            context.report({ resource, path, messageId: 'required' });
            continue;
          }
          if (typeof name !== 'string') continue;
          const reasons = dns1123LabelErrors(name);
          if (reasons.length > 0)
            context.report({
              resource,
              path,
              messageId: 'invalid',
              data: { value: name, reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
