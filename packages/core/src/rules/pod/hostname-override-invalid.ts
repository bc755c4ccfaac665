import { defineRule } from '../../engine/rule.js';
import { preview } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const SOURCE = { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodHostName' } as const;
const MAX_LENGTH = 64;

export default defineRule({
  meta: {
    id: 'pod/hostname-override-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'hostnameOverride must be a DNS subdomain of at most 64 characters, and cannot be combined with setHostnameAsFQDN or hostNetwork.',
    fixable: false,
    podSpecFields: ['hostnameOverride'],
    versions: { since: '1.35' },
    sources: [SOURCE],
    messages: {
      invalid:
        'hostnameOverride {{value}} is not a valid hostname: {{reasons}}; the API server refuses the object; write a lower-case DNS name',
      tooLong:
        'hostnameOverride {{value}} is {{length}} characters long; the API server refuses hostnames over 64 characters; shorten it',
      withFqdn:
        'hostnameOverride is set together with setHostnameAsFQDN: true, which the API server refuses; remove one of them',
      withHostNetwork:
        "hostnameOverride is set on a pod with hostNetwork: true, which the API server refuses: the pod has the node's hostname; remove hostnameOverride",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const value = site.spec.hostnameOverride;
        if (typeof value !== 'string') return;
        const path = [...site.path, 'hostnameOverride'];
        if (site.spec.setHostnameAsFQDN === true) context.report({ resource, path, messageId: 'withFqdn' });
        if (site.spec.hostNetwork === true) context.report({ resource, path, messageId: 'withHostNetwork' });
        const data = { value: preview(value) };
        if (value.length > MAX_LENGTH)
          context.report({ resource, path, messageId: 'tooLong', data: { ...data, length: value.length } });
        const reasons = dns1123SubdomainErrors(value).filter((reason) => !reason.includes('characters long'));
        if (reasons.length)
          context.report({ resource, path, messageId: 'invalid', data: { ...data, reasons: reasons.join('; ') } });
      },
    };
  },
});
