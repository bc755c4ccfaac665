import { defineRule } from '../../engine/rule.js';
import { asArray, objectEntries } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { IP_REASON, isLegacyIP } from './utils/ip-address.js';

export default defineRule({
  meta: {
    id: 'dns/host-aliases-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'Each hostAliases entry needs an IP address and lower-case DNS host names.',
    fixable: true,
    podSpecFields: ['hostAliases'],
    source: 'ValidateHostAliases (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateHostAliases', type: 'Invalid' },
    ],
    messages: {
      ip: 'hostAliases ip {{value}} is not an IP address: it {{reason}}, so the API server refuses the object; /etc/hosts maps IP addresses to names',
      hostname: 'hostAliases host name {{value}} is not valid: {{reasons}}; the API server refuses the object{{hint}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const [index, alias] of objectEntries(site.spec.hostAliases)) {
          const path = [...site.path, 'hostAliases', index];
          // An empty ip is schema/required's finding.
          if (typeof alias.ip === 'string' && alias.ip !== '' && !isLegacyIP(alias.ip)) {
            context.report({
              resource,
              path: [...path, 'ip'],
              messageId: 'ip',
              data: { value: JSON.stringify(alias.ip), reason: IP_REASON },
            });
          }
          asArray(alias.hostnames).forEach((hostname, position) => {
            if (typeof hostname !== 'string') return;
            const reasons = dns1123SubdomainErrors(hostname);
            if (reasons.length === 0) return;
            const lower = hostname.toLowerCase();
            const fixed = lower !== hostname && dns1123SubdomainErrors(lower).length === 0 ? lower : undefined;
            const hostnamePath = [...path, 'hostnames', position];
            context.report({
              resource,
              path: hostnamePath,
              messageId: 'hostname',
              data: {
                value: JSON.stringify(hostname),
                reasons: reasons.join('; '),
                hint: fixed ? `; host names ignore case, so write ${JSON.stringify(fixed)}` : '',
              },
              ...(fixed
                ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path: hostnamePath, value: fixed }] } }
                : {}),
            });
          });
        }
      },
    };
  },
});
