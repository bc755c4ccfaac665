import { defineRule } from '../../engine/rule.js';
import { endpointIPProblems, isIP, isIPv4, isIPv6Only, strictIPProblem } from '../../model/ip.js';
import { asArray, preview } from '../../model/values.js';
import {
  endpointsAddresses,
  endpointsKindOf,
  fullyQualifiedDomainNameErrors,
  sliceEndpoints,
} from './utils/endpoints.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const DISCOVERY = 'k8s.io/kubernetes/pkg/apis/discovery/validation';

export default defineRule({
  meta: {
    id: 'discovery/address-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "Endpoint addresses must be IP addresses of the slice's addressType (or domain names for FQDN) that can receive traffic.",
    fixable: false,
    kinds: ['Endpoints', 'EndpointSlice'],
    sources: [
      { package: CORE, function: 'validateEndpointAddress' },
      { package: CORE, function: 'ValidateEndpointIP' },
      { package: DISCOVERY, function: 'validateEndpoints', type: 'Invalid', field: 'addresses' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsFullyQualifiedDomainName' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidIP' },
    ],
    messages: {
      invalid:
        'address {{value}} {{reasons}}; the API server refuses the object; write the IP address of the pod or host that serves the traffic (e.g. 10.244.1.7), without a prefix length or port',
      family:
        "address {{value}} is not an {{family}} address, but the slice's addressType is {{family}}; the API server refuses it (must be an {{family}} address); put it in a slice of its family",
      fqdn: 'address {{value}} is not a fully qualified domain name: {{reasons}}; the API server refuses the slice; write a name such as db.example.com',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const kind = endpointsKindOf(resource);
        if (kind === 'Endpoints') {
          for (const { entry, path } of endpointsAddresses(resource)) {
            if (typeof entry.ip !== 'string') continue;
            const reasons = endpointIPProblems(entry.ip);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...path, 'ip'],
                messageId: 'invalid',
                data: { value: preview(entry.ip), reasons: reasons.join('; ') },
              });
          }
          return;
        }
        if (kind !== 'EndpointSlice') return;
        const addressType = resource.object.addressType;
        for (const { entry, path } of sliceEndpoints(resource)) {
          const addressesPath = [...path, 'addresses'];
          asArray(entry.addresses).forEach((address, index) => {
            if (typeof address !== 'string') return;
            if (addressType === 'FQDN') {
              const reasons = fullyQualifiedDomainNameErrors(address);
              if (reasons.length > 0)
                context.report({
                  resource,
                  path: [...addressesPath, index],
                  messageId: 'fqdn',
                  data: { value: preview(address), reasons: reasons.join('; ') },
                });
              return;
            }
            if (addressType !== 'IPv4' && addressType !== 'IPv6') return;
            if (!isIP(address)) {
              context.report({
                resource,
                path: [...addressesPath, index],
                messageId: 'invalid',
                data: { value: preview(address), reasons: 'must be a valid IP address' },
              });
              return;
            }
            // An IPv6 slice reads its addresses strictly (IsValidIP); the other checks follow only if that passes.
            const strict = addressType === 'IPv6' ? strictIPProblem(address) : undefined;
            if (strict !== undefined) {
              context.report({
                resource,
                path: [...addressesPath, index],
                messageId: 'invalid',
                data: { value: preview(address), reasons: strict },
              });
              return;
            }
            const wrongFamily = addressType === 'IPv4' ? !isIPv4(address) : !isIPv6Only(address);
            // The API server reports the family at the list, the rest at the entry.
            if (wrongFamily)
              context.report({
                resource,
                path: addressesPath,
                messageId: 'family',
                data: { value: preview(address), family: addressType },
              });
            const reasons = endpointIPProblems(address);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...addressesPath, index],
                messageId: 'invalid',
                data: { value: preview(address), reasons: reasons.join('; ') },
              });
          });
        }
      },
    };
  },
});
