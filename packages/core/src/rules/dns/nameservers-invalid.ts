import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { DNS_CONFIG_SOURCE, dnsConfigOf } from './utils/dns-config.js';
import { IP_REASON, isLegacyIP } from './utils/ip-address.js';

const MAX_NAMESERVERS = 3;

export default defineRule({
  meta: {
    id: 'dns/nameservers-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'dnsConfig.nameservers must be at most 3 IP addresses.',
    fixable: false,
    podSpecFields: ['dnsConfig'],
    source: 'validatePodDNSConfig (pkg/apis/core/validation)',
    sources: [
      { ...DNS_CONFIG_SOURCE, type: 'Invalid', field: 'nameservers' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidIPForLegacyField' },
    ],
    messages: {
      tooMany:
        'dnsConfig lists {{count}} nameservers, but resolv.conf uses at most 3, so the API server refuses the object (must not have more than 3 nameservers); keep three',
      notAnIP:
        "nameserver {{value}} is not an IP address: it {{reason}}, so the API server refuses the object; write the server's IP address",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const dns = dnsConfigOf(site);
        if (!dns) return;
        const nameservers = asArray(dns.config.nameservers);
        const path = [...dns.path, 'nameservers'];
        if (nameservers.length > MAX_NAMESERVERS)
          context.report({ resource, path, messageId: 'tooMany', data: { count: nameservers.length } });
        nameservers.forEach((nameserver, index) => {
          if (typeof nameserver !== 'string' || isLegacyIP(nameserver)) return;
          context.report({
            resource,
            path: [...path, index],
            messageId: 'notAnIP',
            data: { value: JSON.stringify(nameserver), reason: IP_REASON },
          });
        });
      },
    };
  },
});
