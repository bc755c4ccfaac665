import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { celCompileProblem } from '../../model/cel.js';
import { asObject, isSet, objectEntries, preview } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import {
  DEVICE_CEL_VARIABLES,
  isDraKind,
  objectOrEmpty,
  RESOURCE_DECLARATIVE,
  RESOURCE_VALIDATION,
  reportDeviceConfiguration,
} from './utils/dra.js';

/** helper.IsExtendedResourceName: a domain-prefixed name outside kubernetes.io that is a valid quota name. */
function extendedResourceProblems(name: string): string[] {
  if (!name.includes('/')) return ['it must be a domain-prefixed name such as "example.com/gpu"'];
  if (name.includes('kubernetes.io/'))
    return ['names in the kubernetes.io domain are native resources, not extended ones'];
  if (name.startsWith('requests.')) return ['it may not start with "requests."'];
  return qualifiedNameErrors(`requests.${name}`);
}

export default defineRule({
  meta: {
    id: 'dra/device-class-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['DeviceClass'],
    description:
      'A DeviceClass selector needs a non-empty cel expression, its config needs opaque with a driver, and extendedResourceName must be an extended resource name.',
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateDeviceClassSpec' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceConfiguration' },
      { package: RESOURCE_DECLARATIVE, function: 'Validate_DeviceClassSpec', field: 'extendedResourceName' },
    ],
    messages: {
      celRequired:
        'this selector has no cel, so the API server refuses the class (Required value); add cel: {expression: ...}',
      celCannotCompile:
        'selector expression {{value}} cannot compile ({{reason}}), so the API server refuses the class; write a condition on device, e.g. device.driver == "gpu.example.com"',
      celBlank:
        'this selector expression is empty, which does not compile, so the API server refuses the class; write a CEL condition such as device.driver == "gpu.example.com"',
      opaqueRequired:
        'this config has no opaque parameters, so the API server refuses the class (Required value); add opaque: {driver: …, parameters: {…}}',
      driverInvalid:
        'driver name {{value}} is not valid ({{reasons}}), so the API server refuses the class; write the DNS name of the DRA driver, e.g. gpu.example.com',
      extendedResourceName:
        'extendedResourceName {{value}} is not an extended resource name ({{reasons}}), so the API server refuses the class; write a domain-prefixed name such as "example.com/gpu"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isDraKind(resource, 'DeviceClass')) return;
        const spec = objectOrEmpty(resource.object.spec);
        if (!spec) return;
        for (const [index, selector] of objectEntries(spec.selectors)) {
          const path: FieldPath = ['spec', 'selectors', index];
          if (!isSet(selector.cel)) {
            context.report({ resource, path: [...path, 'cel'], messageId: 'celRequired' });
            continue;
          }
          const expression = asObject(selector.cel)?.expression;
          if (
            expression === undefined ||
            expression === null ||
            (typeof expression === 'string' && expression.trim() === '')
          )
            context.report({ resource, path: [...path, 'cel', 'expression'], messageId: 'celBlank' });
          else if (typeof expression === 'string') {
            const reason = celCompileProblem(expression, DEVICE_CEL_VARIABLES, 'bool');
            if (reason !== undefined)
              context.report({
                resource,
                path: [...path, 'cel', 'expression'],
                messageId: 'celCannotCompile',
                data: { value: preview(expression), reason },
              });
          }
        }
        for (const [index, config] of objectEntries(spec.config))
          reportDeviceConfiguration(context, resource, config, ['spec', 'config', index]);
        const name = spec.extendedResourceName;
        if (typeof name === 'string') {
          const reasons = extendedResourceProblems(name);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'extendedResourceName'],
              messageId: 'extendedResourceName',
              data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
