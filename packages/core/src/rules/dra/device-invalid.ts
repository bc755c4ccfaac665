import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { PlainObject } from '../../model/values.js';
import { goString, isSet, objectEntries } from '../../model/values.js';
import { labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';
import {
  isDraKind,
  labelProblems,
  objectOrEmpty,
  reportCounters,
  RESOURCE_VALIDATION,
  stringList,
} from './utils/dra.js';

export default defineRule({
  meta: {
    id: 'dra/device-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceSlice'],
    description:
      'A ResourceSlice device needs a unique DNS-label name, node fields only with perDeviceNodeSelection, and valid taints, counters and binding conditions.',
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateDevice', type: 'Invalid' },
      { package: RESOURCE_VALIDATION, function: 'validateDevice', type: 'Required' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceBindingParameters' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceCounterConsumption' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceTaint', type: 'Required' },
      { package: RESOURCE_VALIDATION, function: 'validateLabelValue' },
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
      taintKey:
        'taint key {{value}} is not a valid key ({{reasons}}), so the API server refuses the slice; use a key such as "example.com/unhealthy"',
      taintValue:
        'taint value {{value}} is not a valid label value ({{reasons}}), so the API server refuses the slice; use letters, digits, "-", "_" and "."',
      taintEffect:
        'this taint has no effect, so the API server refuses the slice (Required value); add effect: NoSchedule, NoExecute or None',
      counterSetName:
        "counterSet {{value}} is not the DNS-label name of a counter set ({{reasons}}), so the API server refuses the slice; name one of the slice pool's sharedCounters",
      countersRequired:
        'this entry consumes no counters, so the API server refuses the slice (Required value); add counters, e.g. memory: {value: 10Gi}',
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
          checkTaints(device, path);
          for (const [index, consumption] of objectEntries(device.consumesCounters))
            reportCounters(context, resource, consumption, 'counterSet', [...path, 'consumesCounters', index]);
        }

        function checkTaints(device: PlainObject, path: FieldPath): void {
          for (const [index, taint] of objectEntries(device.taints)) {
            const taintPath: FieldPath = [...path, 'taints', index];
            const key = goString(taint.key);
            const keyReasons = key === undefined ? [] : key === '' ? ['it is empty'] : qualifiedNameErrors(key);
            if (keyReasons.length > 0)
              context.report({
                resource,
                path: [...taintPath, 'key'],
                messageId: 'taintKey',
                data: { value: JSON.stringify(key), reasons: keyReasons.join('; ') },
              });
            const value = goString(taint.value);
            const valueReasons = value ? labelValueErrors(value) : [];
            if (valueReasons.length > 0)
              context.report({
                resource,
                path: [...taintPath, 'value'],
                messageId: 'taintValue',
                data: { value: JSON.stringify(value), reasons: valueReasons.join('; ') },
              });
            if (goString(taint.effect) === '')
              context.report({ resource, path: [...taintPath, 'effect'], messageId: 'taintEffect' });
          }
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
