import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { goString, isSet, objectEntries } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { isDraKind, labelProblems, objectOrEmpty, RESOURCE_VALIDATION, stringList } from './utils/dra.js';

export default defineRule({
  meta: {
    id: 'dra/device-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A ResourceSlice device needs a unique DNS-label name, node fields only under perDeviceNodeSelection, and paired, unique binding conditions.',
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateDevice', type: 'Invalid' },
      { package: RESOURCE_VALIDATION, function: 'validateDevice', type: 'Required' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceBindingParameters' },
    ],
    messages: {
      nameInvalid:
        'device name {{value}} is not a DNS label ({{reasons}}), so the API server refuses the slice; use a lowercase name such as "gpu-0"',
      duplicate:
        'device name {{value}} is used by another device of this slice, so the API server refuses it (Duplicate value); give each device its own name',
      nodeFieldsForbidden:
        'this device sets {{fields}}, which are only allowed when the slice sets perDeviceNodeSelection: true, so the API server refuses it; move node selection to the slice, or set perDeviceNodeSelection: true',
      nodeSelectionRequired:
        'with perDeviceNodeSelection, each device must say where it is, so the API server refuses this one (exactly one of `nodeName`, `nodeSelector`, or `allNodes` is required); add one',
      nodeSelectionMultiple:
        'this device sets {{fields}}, so the API server refuses it (exactly one of `nodeName`, `nodeSelector`, or `allNodes` is required); keep one',
      conditionInvalid:
        'binding condition {{value}} is not a valid condition name ({{reasons}}), so the API server refuses the slice; use a name such as "example.com/attached"',
      conditionDuplicate:
        'binding condition {{value}} is listed twice, so the API server refuses the slice; list it once',
      conditionOverlap:
        'binding condition {{value}} is both a binding and a binding failure condition, so the API server refuses the slice (must not overlap); keep it in one list',
      conditionsPaired:
        '{{present}} needs {{missing}}, so the API server refuses the slice ({{missing}} are required to use {{present}}); add {{missing}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isDraKind(resource, 'ResourceSlice')) return;
        const spec = objectOrEmpty(resource.object.spec);
        if (!spec) return;
        const perDevice = spec.perDeviceNodeSelection === true;
        const seen = new Set<string>();
        for (const [index, device] of objectEntries(spec.devices)) {
          const path: FieldPath = ['spec', 'devices', index];
          const name = goString(device.name);
          if (name !== undefined) {
            const reasons = labelProblems(name);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...path, 'name'],
                messageId: 'nameInvalid',
                data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
              });
            if (seen.has(name))
              context.report({ resource, path, messageId: 'duplicate', data: { value: JSON.stringify(name) } });
            seen.add(name);
          }
          const nodeFields = ['nodeName', 'nodeSelector', 'allNodes'].filter((field) => isSet(device[field]));
          if (!perDevice) {
            if (nodeFields.length > 0)
              context.report({
                resource,
                path,
                messageId: 'nodeFieldsForbidden',
                data: { fields: nodeFields.join(', ') },
              });
          } else {
            // An empty nodeName and allNodes: false are refused on their own and count for nothing.
            const selecting = nodeFields.filter(
              (field) =>
                !(field === 'nodeName' && device[field] === '') && !(field === 'allNodes' && device[field] === false),
            );
            if (selecting.length === 0) context.report({ resource, path, messageId: 'nodeSelectionRequired' });
            else if (selecting.length > 1)
              context.report({
                resource,
                path,
                messageId: 'nodeSelectionMultiple',
                data: { fields: selecting.join(', ') },
              });
          }
          checkBindingConditions(device.bindingConditions, device.bindingFailureConditions, path);
        }

        function checkBindingConditions(conditionsValue: unknown, failuresValue: unknown, path: FieldPath): void {
          const conditions = stringList(conditionsValue);
          const failures = stringList(failuresValue);
          if (!conditions || !failures) return;
          for (const [field, list] of [
            ['bindingConditions', conditions],
            ['bindingFailureConditions', failures],
          ] as const) {
            const seen = new Set<string>();
            list.forEach((condition, index) => {
              const reasons = qualifiedNameErrors(condition);
              if (reasons.length > 0)
                context.report({
                  resource,
                  path: [...path, field, index],
                  messageId: 'conditionInvalid',
                  data: { value: JSON.stringify(condition), reasons: reasons.join('; ') },
                });
              if (seen.has(condition))
                context.report({
                  resource,
                  path: [...path, field, index],
                  messageId: 'conditionDuplicate',
                  data: { value: JSON.stringify(condition) },
                });
              seen.add(condition);
              if (field === 'bindingFailureConditions' && conditions.includes(condition))
                context.report({
                  resource,
                  path: [...path, field, index],
                  messageId: 'conditionOverlap',
                  data: { value: JSON.stringify(condition) },
                });
            });
          }
          if (conditions.length === 0 && failures.length > 0)
            context.report({
              resource,
              path: [...path, 'bindingConditions'],
              messageId: 'conditionsPaired',
              data: { present: 'bindingFailureConditions', missing: 'bindingConditions' },
            });
          if (failures.length === 0 && conditions.length > 0)
            context.report({
              resource,
              path: [...path, 'bindingFailureConditions'],
              messageId: 'conditionsPaired',
              data: { present: 'bindingConditions', missing: 'bindingFailureConditions' },
            });
        }
      },
    };
  },
});
