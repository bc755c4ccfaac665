import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, objectEntries } from '../../model/values.js';

const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

function pathProblem(path: string, pathType: string): string | undefined {
  if (pathType === 'ImplementationSpecific')
    return path === '' || path.startsWith('/') ? undefined : 'it must be an absolute path starting with "/"';
  if (pathType !== 'Exact' && pathType !== 'Prefix') return undefined;
  if (!path.startsWith('/')) return `a ${pathType} path must be an absolute path starting with "/"`;
  const sequence = INVALID_SEQUENCES.find((bad) => path.includes(bad));
  if (sequence) return `it must not contain "${sequence}"`;
  const suffix = INVALID_SUFFIXES.find((bad) => path.endsWith(bad));
  if (suffix) return `it must not end with "${suffix}"`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'networking/ingress-path-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description:
      'An Ingress path must start with "/" and, for Exact and Prefix, not contain "//", "/./", "/../" or an encoded slash.',
    fixable: true,
    source: 'validateHTTPIngressPath (pkg/apis/networking/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateHTTPIngressPath',
        type: 'Invalid',
        field: 'path',
      },
    ],
    messages: {
      invalid: 'path "{{path}}" is refused by the API server: {{problem}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        for (const [ruleIndex, rule] of objectEntries(specOf(resource)?.rules)) {
          for (const [index, entry] of objectEntries(asObject(rule.http)?.paths)) {
            if (typeof entry.pathType !== 'string') continue;
            const value = entry.path === undefined || entry.path === null ? '' : entry.path;
            if (typeof value !== 'string') continue;
            const problem = pathProblem(value, entry.pathType);
            if (problem === undefined) continue;
            const path = ['spec', 'rules', ruleIndex, 'http', 'paths', index, 'path'];
            const fixed = `/${value}`;
            // An ImplementationSpecific path means what the controller makes of it: only the portable types get a fix.
            const fixable =
              entry.pathType !== 'ImplementationSpecific' &&
              entry.path !== undefined &&
              value !== '' &&
              !value.startsWith('/') &&
              pathProblem(fixed, entry.pathType) === undefined;
            context.report({
              resource,
              path,
              messageId: 'invalid',
              data: { path: value, problem },
              ...(fixable
                ? { fix: { description: `Make the path absolute: ${fixed}`, replaceValues: [{ path, value: fixed }] } }
                : {}),
            });
          }
        }
      },
    };
  },
});
