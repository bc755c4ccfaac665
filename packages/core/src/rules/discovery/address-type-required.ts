import { defineRule } from '../../engine/rule.js';
import { endpointsKindOf } from './utils/endpoints.js';

export default defineRule({
  meta: {
    id: 'discovery/address-type-required',
    severity: 'error',
    origin: 'api-error',
    kinds: ['EndpointSlice'],
    description: 'An EndpointSlice must say its addressType: IPv4, IPv6 or FQDN.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/validation', function: 'validateAddressType', type: 'Required' },
      { package: 'k8s.io/kubernetes/pkg/apis/discovery/v1', function: 'Validate_EndpointSlice', field: 'addressType' },
    ],
    messages: {
      required:
        'this EndpointSlice has no addressType, so its addresses cannot be read; the API server refuses it (Required value); add addressType: IPv4, IPv6 or FQDN',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (endpointsKindOf(resource) !== 'EndpointSlice') return;
        const value = resource.object.addressType;
        if (value === undefined || value === null || value === '')
          context.report({ resource, path: ['addressType'], messageId: 'required' });
      },
    };
  },
});
