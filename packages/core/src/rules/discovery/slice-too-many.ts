import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, isObject } from '../../model/values.js';
import { endpointsKindOf, sliceEndpoints } from './utils/endpoints.js';

const DISCOVERY = 'k8s.io/kubernetes/pkg/apis/discovery/validation';

export default defineRule({
  meta: {
    id: 'discovery/slice-too-many',
    severity: 'error',
    origin: 'api-error',
    kinds: ['EndpointSlice'],
    description:
      'An EndpointSlice holds at most 1000 endpoints and 20000 ports; an endpoint at most 100 addresses, 16 topology labels and 8 zone and 8 node hints.',
    fixable: false,
    sources: [
      { package: DISCOVERY, function: 'validateEndpoints', type: 'TooMany' },
      { package: DISCOVERY, function: 'validatePorts', type: 'TooMany' },
      { package: DISCOVERY, function: 'validateHints', type: 'TooMany' },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/v1', function: 'Validate_Endpoint', field: 'addresses' },
    ],
    messages: {
      tooMany:
        '{{field}} has {{count}} entries, more than the {{limit}} an EndpointSlice allows; the API server refuses it (Too many); split the endpoints over several slices of the same Service',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (endpointsKindOf(resource) !== 'EndpointSlice') return;
        const check = (value: unknown, path: FieldPath, limit: number): void => {
          const count = Array.isArray(value) ? value.length : isObject(value) ? Object.keys(value).length : 0;
          if (count > limit)
            context.report({
              resource,
              path,
              messageId: 'tooMany',
              data: { field: String(path[path.length - 1]), count, limit },
            });
        };
        check(resource.object.endpoints, ['endpoints'], 1000);
        check(resource.object.ports, ['ports'], 20000);
        if (asArray(resource.object.endpoints).length > 1000) return;
        for (const { entry, path } of sliceEndpoints(resource)) {
          check(entry.addresses, [...path, 'addresses'], 100);
          check(entry.deprecatedTopology, [...path, 'deprecatedTopology'], 16);
          const hints = asObject(entry.hints);
          check(hints?.forZones, [...path, 'hints', 'forZones'], 8);
          check(hints?.forNodes, [...path, 'hints', 'forNodes'], 8);
        }
      },
    };
  },
});
