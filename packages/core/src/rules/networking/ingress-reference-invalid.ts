import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, preview } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const NETWORKING = 'k8s.io/kubernetes/pkg/apis/networking/validation';

export default defineRule({
  meta: {
    id: 'networking/ingress-reference-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description: "An Ingress's ingressClassName and TLS secretNames must be object names (DNS subdomains).",
    fixable: false,
    sources: [
      { package: NETWORKING, function: 'ValidateIngressSpec', type: 'Invalid', field: 'ingressClassName' },
      { package: NETWORKING, function: 'validateIngressTLS', type: 'Invalid', field: 'secretName' },
    ],
    messages: {
      className:
        'ingressClassName {{value}} is not an IngressClass name: {{reasons}}; the API server refuses the Ingress; write the name of an IngressClass, e.g. "nginx"',
      secretName:
        'secretName {{value}} is not a Secret name: {{reasons}}; the API server refuses the Ingress; write the name of the TLS Secret, e.g. "web-tls"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        const check = (value: unknown, path: FieldPath, messageId: string, allowEmpty: boolean): void => {
          if (typeof value !== 'string' || (allowEmpty && value === '')) return;
          const reasons = value === '' ? ['it must not be empty'] : dns1123SubdomainErrors(value);
          if (reasons.length > 0)
            context.report({ resource, path, messageId, data: { value: preview(value), reasons: reasons.join('; ') } });
        };
        check(spec.ingressClassName, ['spec', 'ingressClassName'], 'className', false);
        asArray(spec.tls).forEach((tls, index) =>
          check(asObject(tls)?.secretName, ['spec', 'tls', index, 'secretName'], 'secretName', true),
        );
      },
    };
  },
});
