import { defineRule } from '../../engine/rule.js';
import { asArray, isSet } from '../../model/values.js';
import { DNS_CONFIG_SOURCE, dnsConfigOf } from './utils/dns-config.js';

export default defineRule({
  meta: {
    id: 'dns/none-without-nameservers',
    severity: 'error',
    origin: 'api-error',
    description: 'dnsPolicy None needs a dnsConfig with at least one nameserver.',
    fixable: false,
    podSpecFields: ['dnsPolicy'],
    source: 'validatePodDNSConfig (pkg/apis/core/validation)',
    sources: [{ ...DNS_CONFIG_SOURCE, type: 'Required' }],
    messages: {
      noConfig:
        'dnsPolicy is None but the pod has no dnsConfig, so it would have no DNS settings at all and the API server refuses it; add dnsConfig with nameservers, or use dnsPolicy ClusterFirst',
      noNameservers:
        'dnsPolicy is None but dnsConfig lists no nameservers, so the pod could resolve nothing and the API server refuses it; add dnsConfig.nameservers, or use dnsPolicy ClusterFirst and keep only searches and options',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (site.spec.dnsPolicy !== 'None') return;
        const dns = dnsConfigOf(site);
        if (!dns) {
          // A dnsConfig that is not an object is schema/type's finding.
          if (!isSet(site.spec.dnsConfig))
            context.report({ resource, path: [...site.path, 'dnsConfig'], messageId: 'noConfig' });
          return;
        }
        const nameservers = dns.config.nameservers;
        if (isSet(nameservers) && !Array.isArray(nameservers)) return;
        if (asArray(nameservers).length === 0)
          context.report({ resource, path: [...dns.path, 'nameservers'], messageId: 'noNameservers' });
      },
    };
  },
});
