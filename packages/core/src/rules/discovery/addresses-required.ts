import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { endpointsKindOf, sliceEndpoints, subsetsOf } from './utils/endpoints.js';

export default defineRule({
  meta: {
    id: 'discovery/addresses-required',
    severity: 'error',
    origin: 'api-error',
    description:
      'Each Endpoints subset needs addresses or notReadyAddresses, and each EndpointSlice endpoint at least one address.',
    fixable: false,
    kinds: ['Endpoints', 'EndpointSlice'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEndpointSubsets', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/validation', function: 'validateEndpoints', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/v1', function: 'Validate_Endpoint', field: 'addresses' },
    ],
    messages: {
      subset:
        "this subset has neither addresses nor notReadyAddresses; the API server refuses it (must specify `addresses` or `notReadyAddresses`); add the endpoints' addresses, or remove the subset",
      endpoint:
        'this endpoint has no address; the API server refuses the slice (must contain at least 1 address); add its address, or remove the endpoint',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const kind = endpointsKindOf(resource);
        if (kind === 'Endpoints') {
          for (const { entry, path } of subsetsOf(resource))
            if (asArray(entry.addresses).length === 0 && asArray(entry.notReadyAddresses).length === 0)
              context.report({ resource, path, messageId: 'subset' });
        } else if (kind === 'EndpointSlice') {
          for (const { entry, path } of sliceEndpoints(resource))
            if (asArray(entry.addresses).length === 0)
              context.report({ resource, path: [...path, 'addresses'], messageId: 'endpoint' });
        }
      },
    };
  },
});
