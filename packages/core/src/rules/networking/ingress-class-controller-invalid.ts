import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { preview } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/** IsDomainPrefixedPath: `<DNS subdomain>/<path>`, both parts non-empty. */
function controllerProblems(value: string): string[] {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return ['it must be a domain-prefixed path (such as "acme.io/foo")'];
  const problems = dns1123SubdomainErrors(value.slice(0, slash)).map((reason) => `the domain: ${reason}`);
  if (!HTTP_PATH.test(value.slice(slash + 1)))
    problems.push("the path may contain only letters, digits and - . _ ~ % ! $ & ' ( ) * + , ; = : /");
  return problems;
}

export default defineRule({
  meta: {
    id: 'networking/ingress-class-controller-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['IngressClass'],
    description:
      "An IngressClass's controller is a domain-prefixed path such as example.com/ingress-controller, at most 250 characters.",
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressClassSpec',
        type: 'TooLong',
      },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsDomainPrefixedPath' },
    ],
    messages: {
      invalid:
        'controller {{value}} is not a domain-prefixed path: {{reasons}}; the API server refuses the IngressClass; write the controller name its documentation gives, e.g. "k8s.io/ingress-nginx"',
      required:
        'this IngressClass names no controller; the API server refuses it (Required value); add spec.controller, e.g. "k8s.io/ingress-nginx"',
      tooLong:
        'controller is {{length}} characters long, over the 250 the API server allows; it refuses the IngressClass; use the shorter name the controller documents',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['IngressClass'])) return;
        const spec = resource.object.spec === undefined || resource.object.spec === null ? {} : specOf(resource);
        if (!spec) return;
        const value = spec.controller === undefined || spec.controller === null ? '' : spec.controller;
        if (typeof value !== 'string') return;
        const path = ['spec', 'controller'];
        if (value === '') {
          context.report({ resource, path, messageId: 'required' });
          return;
        }
        if (value.length > 250)
          context.report({ resource, path, messageId: 'tooLong', data: { length: value.length } });
        const reasons = controllerProblems(value);
        if (reasons.length > 0)
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: { value: preview(value), reasons: reasons.join('; ') },
          });
      },
    };
  },
});
