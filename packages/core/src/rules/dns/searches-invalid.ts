import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { DNS_CONFIG_SOURCE, dnsConfigOf } from './utils/dns-config.js';

const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARACTERS = 2048;
/** IsDNS1123SubdomainWithUnderscore: search domains may contain `_` (service records such as `_tcp`). */
const SUBDOMAIN_WITH_UNDERSCORE = /^[a-z0-9_](?:[-a-z0-9_]*[a-z0-9_])?(?:\.[a-z0-9_](?:[-a-z0-9_]*[a-z0-9_])?)*$/;

export default defineRule({
  meta: {
    id: 'dns/searches-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'dnsConfig.searches must be at most 32 lower-case domain names of 2048 characters in all.',
    fixable: true,
    podSpecFields: ['dnsConfig'],
    source: 'validatePodDNSConfig (pkg/apis/core/validation)',
    sources: [
      { ...DNS_CONFIG_SOURCE, type: 'Invalid', field: 'searches' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateDNS1123SubdomainWithUnderScore' },
    ],
    messages: {
      tooMany:
        'dnsConfig lists {{count}} search domains; the resolver takes at most 32, so the API server refuses the object (must not have more than 32 search paths)',
      tooLong:
        'the search domains of dnsConfig take {{length}} characters with their separating spaces; the resolver takes at most 2048, so the API server refuses the object',
      invalid:
        'search domain {{value}} is not a lower-case DNS name (letters, digits, "-", "_" and ".", at most 253 characters), so the API server refuses the object{{hint}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const dns = dnsConfigOf(site);
        if (!dns) return;
        const searches = asArray(dns.config.searches);
        const path = [...dns.path, 'searches'];
        if (searches.length > MAX_SEARCHES)
          context.report({ resource, path, messageId: 'tooMany', data: { count: searches.length } });
        if (searches.every((search) => typeof search === 'string')) {
          const length = searches.join(' ').length;
          if (length > MAX_SEARCH_CHARACTERS)
            context.report({ resource, path, messageId: 'tooLong', data: { length } });
        }
        searches.forEach((search, index) => {
          if (typeof search !== 'string' || search === '.' || isSearchDomain(search)) return;
          const lower = search.toLowerCase();
          const fixed = lower !== search && isSearchDomain(lower) ? lower : undefined;
          const itemPath = [...path, index];
          context.report({
            resource,
            path: itemPath,
            messageId: 'invalid',
            data: {
              value: JSON.stringify(search),
              hint: fixed ? `; DNS ignores case, so write ${JSON.stringify(fixed)}` : '',
            },
            ...(fixed
              ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path: itemPath, value: fixed }] } }
              : {}),
          });
        });
      },
    };
  },
});

function isSearchDomain(search: string): boolean {
  const trimmed = search.endsWith('.') ? search.slice(0, -1) : search;
  return trimmed.length <= 253 && SUBDOMAIN_WITH_UNDERSCORE.test(trimmed);
}
