import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { canonicalIP, parseCIDR } from '../../model/ip.js';
import { asArray, asObject, preview } from '../../model/values.js';

/** IsValidCIDR's strict reading, past the lenient parse: no leading zeros, no IPv4-mapped IPv6, no host bits. */
function strictProblem(value: string): string | undefined {
  const parsed = parseCIDR(value);
  if (!parsed) return 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
  const [address = '', prefix = ''] = value.split('/');
  if (/^0\d/.test(prefix) || (parsed.ipv4 && address.split('.').some((octet) => /^0\d/.test(octet))))
    return 'must not have leading 0s in IP or prefix length';
  if (!parsed.ipv4 && address.includes('.')) return 'must not have an IPv4-mapped IPv6 address';
  const reparsed = parseCIDR(`${address}/${parsed.ipv4 ? 32 : 128}`);
  if (reparsed && reparsed.network.some((byte, i) => byte !== parsed.network[i]))
    return 'must not have bits set beyond the prefix length';
  // IsValidCIDR: the address as Go writes it back (lower case, zero runs as "::").
  const canonical = `${canonicalIP(parsed.network)}/${prefix}`;
  if (value !== canonical) return `must be in canonical form ("${canonical}")`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'networking/service-cidr-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ServiceCIDR'],
    description:
      'A ServiceCIDR lists one or two CIDRs, at most one per IP family, each in its plain form (no host bits).',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'validateServiceCIDRSpec' },
      // The strict CIDR reading IsValidCIDR makes: unparsable, leading zeros, IPv4-mapped, host bits.
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'parseCIDR' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidCIDR' },
    ],
    messages: {
      required:
        'this ServiceCIDR lists no CIDR; the API server refuses it (at least one CIDR required); add spec.cidrs, e.g. [10.100.0.0/16]',
      tooMany:
        'spec.cidrs lists {{count}} ranges, but a ServiceCIDR holds at most 2 (one per IP family); the API server refuses it; split them over several ServiceCIDRs',
      invalid:
        '{{value}} {{reason}}; the API server refuses the ServiceCIDR; write the network address and prefix, e.g. 10.100.0.0/16',
      sameFamily:
        'both CIDRs are of one IP family; the API server refuses the ServiceCIDR (may specify no more than one IP for each IP family); keep one, or use another ServiceCIDR',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['ServiceCIDR'])) return;
        const spec = asObject(resource.object.spec);
        if (resource.object.spec !== undefined && resource.object.spec !== null && !spec) return;
        const cidrs = asArray(spec?.cidrs);
        const path = ['spec', 'cidrs'];
        if (cidrs.length === 0) {
          context.report({ resource, path, messageId: 'required' });
          return;
        }
        if (cidrs.length > 2) {
          context.report({ resource, path, messageId: 'tooMany', data: { count: cidrs.length } });
          return;
        }
        cidrs.forEach((value, index) => {
          if (typeof value !== 'string') return;
          const reason = strictProblem(value);
          if (reason)
            context.report({
              resource,
              path: [...path, index],
              messageId: 'invalid',
              data: { value: preview(value), reason },
            });
        });
        const [first, second] = cidrs.map((value) => (typeof value === 'string' ? parseCIDR(value) : undefined));
        if (first && second && first.ipv4 === second.ipv4) context.report({ resource, path, messageId: 'sameFamily' });
      },
    };
  },
});
