import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { isValidPortNumber, portNameProblems } from '../../model/ports.js';
import { asObject, isSet, objectEntries, preview, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors, pathSegmentNameErrors } from '../../schema/names.js';

type Problem = { path: FieldPath; messageId: string; data?: Record<string, string> };

/** validateIngressBackend: one kind of backend; a Service by name with a port by name or number; a resource by kind and name. */
function backendProblems(backend: PlainObject, path: FieldPath): Problem[] {
  const service = backend.service;
  const hasService = isSet(service);
  if (isSet(backend.resource) && hasService) return [{ path, messageId: 'both' }];
  const resource = asObject(backend.resource);
  if (resource) return resourceProblems(resource, [...path, 'resource']);
  if (isSet(backend.resource)) return [];
  if (!hasService) return [{ path, messageId: 'none' }];
  const problems: Problem[] = [];
  const servicePath = [...path, 'service'];
  const serviceName = asObject(service)?.name;
  if (serviceName === undefined || serviceName === null || serviceName === '')
    problems.push({ path: [...servicePath, 'name'], messageId: 'serviceNameRequired' });
  else if (typeof serviceName === 'string') {
    // DNS-1123 label from 1.37 (RelaxedServiceNameValidation); earlier releases also refuse these.
    const reasons = dns1123LabelErrors(serviceName);
    if (reasons.length > 0)
      problems.push({ path: [...servicePath, 'name'], messageId: 'serviceName', data: invalid(serviceName, reasons) });
  }
  const port = asObject(asObject(service)?.port);
  const name = port?.name;
  const number = port?.number;
  const hasName = typeof name === 'string' && name !== '';
  const hasNumber = typeof number === 'number' && number !== 0;
  if (hasName && hasNumber) problems.push({ path, messageId: 'portBoth' });
  else if (hasName) {
    const reasons = portNameProblems(name);
    if (reasons.length > 0)
      problems.push({ path: [...servicePath, 'port', 'name'], messageId: 'portName', data: invalid(name, reasons) });
  } else if (hasNumber) {
    if (!isValidPortNumber(number))
      problems.push({
        path: [...servicePath, 'port', 'number'],
        messageId: 'portNumber',
        data: { value: preview(number) },
      });
  } else if (
    (name === undefined || name === null || name === '') &&
    (number === undefined || number === null || number === 0)
  )
    problems.push({ path, messageId: 'portNone' });
  return problems;
}

/** validateIngressTypedLocalObjectReference: a DNS-subdomain apiGroup, a kind and a name usable in a URL path. */
function resourceProblems(reference: PlainObject, path: FieldPath): Problem[] {
  const problems: Problem[] = [];
  if (typeof reference.apiGroup === 'string') {
    const reasons = dns1123SubdomainErrors(reference.apiGroup);
    if (reasons.length > 0)
      problems.push({
        path: [...path, 'apiGroup'],
        messageId: 'resourceApiGroup',
        data: invalid(reference.apiGroup, reasons),
      });
  }
  for (const field of ['kind', 'name']) {
    const value = reference[field];
    if (value === undefined || value === null || value === '')
      problems.push({ path: [...path, field], messageId: 'resourceFieldRequired', data: { field } });
    else if (typeof value === 'string') {
      const reasons = pathSegmentNameErrors(value);
      if (reasons.length > 0)
        problems.push({
          path: [...path, field],
          messageId: 'resourceField',
          data: { field, ...invalid(value, reasons) },
        });
    }
  }
  return problems;
}

function invalid(value: unknown, reasons: readonly string[]): Record<string, string> {
  return { value: preview(value), reasons: reasons.join('; ') };
}

export default defineRule({
  meta: {
    id: 'networking/ingress-backend-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description:
      'An Ingress backend needs exactly one of service and resource: a Service by name with a port by name or by number (not both), or a resource by kind and name.',
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
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressTypedLocalObjectReference',
      },
    ],
    messages: {
      both: 'this backend sets both service and resource, but a backend sends traffic to one place, so the API server refuses it; keep one',
      none: 'this backend names neither a service nor a resource, so the API server refuses it; add service: {name, port: {number}}',
      portBoth: 'the service port has both a name and a number, so the API server refuses it; keep one of them',
      portNone:
        'the service port has neither a name nor a number, so the API server refuses it; add port: {number: 80} or port: {name: http}',
      serviceNameRequired:
        'the backend service has no name, so the API server refuses it (Required value); write the name of the Service to send traffic to',
      serviceName:
        'service name {{value}} is not a Service name: {{reasons}}; the API server refuses the Ingress; write the name of the Service as it is',
      portName:
        'port name {{value}} is not a Service port name: {{reasons}}; the API server refuses the Ingress; write the name of a port of the Service, or port: {number: …}',
      portNumber:
        'port number {{value}} is not a port number; the API server refuses the Ingress (must be between 1 and 65535, inclusive); write a port of the Service',
      resourceApiGroup:
        'resource apiGroup {{value}} is not an API group name: {{reasons}}; the API server refuses the Ingress; write the group only (e.g. "k8s.example.com"), without a version',
      resourceFieldRequired:
        'the resource backend has no {{field}}, so the API server refuses it (Required value); add the {{field}} of the object to send traffic to',
      resourceField:
        'resource {{field}} {{value}} cannot be an object {{field}}: {{reasons}}; the API server refuses the Ingress; write the {{field}} of the object as it is',
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
          for (const problem of backendProblems(backend, path))
            context.report({
              resource,
              path: problem.path,
              messageId: problem.messageId,
              ...(problem.data ? { data: problem.data } : {}),
            });
        }
      },
    };
  },
});
