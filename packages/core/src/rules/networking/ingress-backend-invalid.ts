import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, isSet, objectEntries, type PlainObject } from '../../model/values.js';

type Problem = { path: FieldPath; messageId: 'both' | 'none' | 'portBoth' | 'portNone' };

/** validateIngressBackend's structural checks: one kind of backend, and a Service port by name or number. */
function backendProblem(backend: PlainObject, path: FieldPath): Problem | undefined {
  const service = backend.service;
  const hasService = isSet(service);
  if (isSet(backend.resource) && hasService) return { path, messageId: 'both' };
  if (isSet(backend.resource)) return undefined;
  if (!hasService) return { path, messageId: 'none' };
  const port = asObject(asObject(service)?.port);
  const name = port?.name;
  const number = port?.number;
  const hasName = typeof name === 'string' && name !== '';
  const hasNumber = typeof number === 'number' && number !== 0;
  if (hasName && hasNumber) return { path, messageId: 'portBoth' };
  if (
    !hasName &&
    !hasNumber &&
    (name === undefined || name === null || name === '') &&
    (number === undefined || number === null || number === 0)
  )
    return { path, messageId: 'portNone' };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'networking/ingress-backend-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An Ingress backend needs exactly one of service and resource, and a service port by name or by number (not both).',
    fixable: false,
    source: 'validateIngressBackend (pkg/apis/networking/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressBackend',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressBackend',
        type: 'Required',
      },
    ],
    messages: {
      both: 'this backend sets both service and resource, but a backend sends traffic to one place, so the API server refuses it; keep one',
      none: 'this backend names neither a service nor a resource, so the API server refuses it; add service: {name, port: {number}}',
      portBoth: 'the service port has both a name and a number, so the API server refuses it; keep one of them',
      portNone:
        'the service port has neither a name nor a number, so the API server refuses it; add port: {number: 80} or port: {name: http}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        const backends: Array<{ backend: PlainObject; path: FieldPath }> = [];
        const defaultBackend = asObject(spec.defaultBackend);
        if (defaultBackend) backends.push({ backend: defaultBackend, path: ['spec', 'defaultBackend'] });
        for (const [ruleIndex, rule] of objectEntries(spec.rules)) {
          for (const [index, entry] of objectEntries(asObject(rule.http)?.paths)) {
            // Without a pathType the API server stops before the backend.
            if (typeof entry.pathType !== 'string') continue;
            const backend = asObject(entry.backend) ?? {};
            backends.push({ backend, path: ['spec', 'rules', ruleIndex, 'http', 'paths', index, 'backend'] });
          }
        }
        for (const { backend, path } of backends) {
          const problem = backendProblem(backend, path);
          if (problem) context.report({ resource, path: problem.path, messageId: problem.messageId });
        }
      },
    };
  },
});
