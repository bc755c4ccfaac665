import { defineRule } from '../../engine/rule.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/external-name-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description: 'An ExternalName Service needs spec.externalName, a lowercase DNS name (a trailing dot is allowed).',
    fixable: false,
    source: 'validateService (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateService',
        type: 'Required',
        field: 'externalName',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateDNS1123Subdomain', type: 'Invalid' },
    ],
    messages: {
      required:
        'this ExternalName Service has no spec.externalName, the DNS name it is an alias for, so the API server refuses it; add externalName (e.g. db.example.com)',
      invalid:
        'externalName "{{name}}" is not a DNS name: {{problem}}; the API server refuses the Service (write only the host name, without scheme, port or path)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.type !== 'ExternalName') return;
        const name = view.spec.externalName;
        if (name !== undefined && name !== null && typeof name !== 'string') return;
        const cname = (name ?? '').endsWith('.') ? (name ?? '').slice(0, -1) : (name ?? '');
        const path = ['spec', 'externalName'];
        if (cname === '') {
          context.report({ resource, path, messageId: 'required' });
          return;
        }
        const errors = dns1123SubdomainErrors(cname);
        if (errors.length > 0)
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: { name: name ?? '', problem: errors.join('; ') },
          });
      },
    };
  },
});
