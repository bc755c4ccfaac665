import { isIP } from '../../model/ip.js';
import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, objectEntries } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const WILDCARD_SUBDOMAIN = /^\*\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

/** Why the API server refuses a rule host or TLS host, or undefined when it accepts it. */
function hostProblem(host: string, isRuleHost: boolean): string | undefined {
  if (isRuleHost && isIP(host))
    return 'it is an IP address, and an Ingress rule matches the HTTP Host header by DNS name: leave host out to match every host';
  if (host.includes('*')) {
    if (host.length > 253) return `it is ${host.length} characters long; the limit is 253`;
    return WILDCARD_SUBDOMAIN.test(host)
      ? undefined
      : 'a wildcard host must be "*." followed by a lowercase DNS name (e.g. "*.example.com"); the "*" stands for exactly one label';
  }
  const errors = dns1123SubdomainErrors(host);
  if (errors.length === 0) return undefined;
  return /^[a-z]+:\/\//i.test(host) || host.includes('/') || host.includes(':')
    ? `it must be a bare DNS name, without a scheme, port or path; ${errors.join('; ')}`
    : errors.join('; ');
}

export default defineRule({
  meta: {
    id: 'networking/ingress-host-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description:
      'Ingress rule hosts and TLS hosts must be lowercase DNS names (optionally "*.example.com"), not IPs, URLs or host:port.',
    fixable: true,
    source: 'validateIngressRules, validateIngressTLS (pkg/apis/networking/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressRules',
        type: 'Invalid',
        field: 'host',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressTLS',
        type: 'Invalid',
        field: 'hosts',
      },
    ],
    messages: {
      invalid: 'host "{{host}}" is refused by the API server: {{problem}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        const check = (host: unknown, path: FieldPath, isRuleHost: boolean): void => {
          // An empty rule host means every host; a TLS host is always a name.
          if (typeof host !== 'string' || (host === '' && isRuleHost)) return;
          const problem = host === '' ? 'it must not be empty' : hostProblem(host, isRuleHost);
          if (problem === undefined) return;
          const lower = host.toLowerCase();
          const fixable = lower !== host && hostProblem(lower, isRuleHost) === undefined;
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: { host, problem },
            ...(fixable
              ? { fix: { description: `Lowercase the host to ${lower}`, replaceValues: [{ path, value: lower }] } }
              : {}),
          });
        };
        for (const [index, rule] of objectEntries(spec.rules)) check(rule.host, ['spec', 'rules', index, 'host'], true);
        for (const [index, tls] of objectEntries(spec.tls))
          asArray(tls.hosts).forEach((host, i) => check(host, ['spec', 'tls', index, 'hosts', i], false));
      },
    };
  },
});
