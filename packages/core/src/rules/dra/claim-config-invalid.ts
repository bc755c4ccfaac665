import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { goString, isSet, objectEntries, type PlainObject } from '../../model/values.js';
import {
  deviceClaim,
  RESOURCE_DECLARATIVE,
  RESOURCE_VALIDATION,
  reportDeviceConfiguration,
  stringList,
} from './utils/dra.js';

/** The names a constraint or config may refer to: each request, and `request/alternative` for firstAvailable. */
function requestNames(claim: PlainObject): Set<string> {
  const names = new Set<string>();
  for (const [, request] of objectEntries(claim.requests)) {
    const name = goString(request.name) ?? '';
    names.add(name);
    for (const [, alternative] of objectEntries(request.firstAvailable))
      names.add(`${name}/${goString(alternative.name) ?? ''}`);
  }
  return names;
}

export default defineRule({
  meta: {
    id: 'dra/claim-config-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A claim's constraints need matchAttribute or distinctAttribute, its config needs opaque with a driver, and both may only name the claim's requests.",
    fixable: false,
    kinds: ['ResourceClaim', 'ResourceClaimTemplate'],
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateDeviceConstraint', type: 'Required' },
      { package: RESOURCE_VALIDATION, function: 'validateRequestNameRef' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceConfiguration' },
      { package: RESOURCE_DECLARATIVE, function: 'Validate_OpaqueDeviceConfiguration', field: 'driver' },
    ],
    messages: {
      attributeRequired:
        'this constraint has neither matchAttribute nor distinctAttribute, so it constrains nothing and the API server refuses the claim; add matchAttribute (e.g. gpu.example.com/numa) or distinctAttribute',
      unknownRequest:
        '{{value}} is not the name of a request of this claim (or request/alternative), so the API server refuses it; name one of: {{names}}',
      opaqueRequired:
        'this config has no opaque parameters, so the API server refuses the claim (Required value); add opaque: {driver: …, parameters: {…}}',
      driverInvalid:
        'driver name {{value}} is not valid ({{reasons}}), so the API server refuses the claim; write the DNS name of the DRA driver, e.g. gpu.example.com',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const found = deviceClaim(resource);
        if (!found) return;
        const names = requestNames(found.claim);
        for (const [index, constraint] of objectEntries(found.claim.constraints)) {
          const path: FieldPath = [...found.path, 'constraints', index];
          checkReferences(constraint, path);
          if (!isSet(constraint.matchAttribute) && !isSet(constraint.distinctAttribute))
            context.report({ resource, path, messageId: 'attributeRequired' });
        }
        for (const [index, config] of objectEntries(found.claim.config)) {
          const path: FieldPath = [...found.path, 'config', index];
          checkReferences(config, path);
          reportDeviceConfiguration(context, resource, config, path);
        }

        function checkReferences(entry: PlainObject, path: FieldPath): void {
          (stringList(entry.requests) ?? []).forEach((name, index) => {
            if (!names.has(name))
              context.report({
                resource,
                path: [...path, 'requests', index],
                messageId: 'unknownRequest',
                data: { value: JSON.stringify(name), names: [...names].join(', ') || '(no requests)' },
              });
          });
        }
      },
    };
  },
});
