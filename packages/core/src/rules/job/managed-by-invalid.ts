import { defineRule } from '../../engine/rule.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { jobSpecOf } from './utils/job-specs.js';

/** RFC 3986 path characters, as IsDomainPrefixedPath allows them after the domain. */
const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;
const MAX_LENGTH = 63;

/** IsDomainPrefixedPath and the length limit of validateJobSpec. */
function managedByProblem(value: string): string | undefined {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1)
    return 'it is not a domain-prefixed path such as "example.com/my-controller"';
  const host = value.slice(0, slash);
  const hostErrors = dns1123SubdomainErrors(host);
  if (hostErrors.length > 0) return `its domain "${host}" is invalid: ${hostErrors.join('; ')}`;
  if (!HTTP_PATH.test(value.slice(slash + 1))) return 'the part after the domain has characters a URL path cannot have';
  if (value.length > MAX_LENGTH) return `it is ${value.length} characters long; the limit is ${MAX_LENGTH}`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'job/managed-by-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A Job’s managedBy names its controller as a domain-prefixed path (example.com/my-controller), at most 63 characters.',
    fixable: false,
    kinds: ['Job', 'CronJob'],
    versions: { since: '1.32' },
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateJobSpec',
        type: 'TooLong',
        field: 'managedBy',
      },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsDomainPrefixedPath' },
    ],
    messages: {
      empty: 'managedBy is empty, so the API server refuses the Job; name the controller or leave the field out',
      invalid: 'managedBy "{{value}}" is refused by the API server: {{problem}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        const value = site?.spec.managedBy;
        if (!site || typeof value !== 'string') return;
        const path = [...site.path, 'managedBy'];
        if (value === '') {
          context.report({ resource, path, messageId: 'empty' });
          return;
        }
        const problem = managedByProblem(value);
        if (problem) context.report({ resource, path, messageId: 'invalid', data: { value, problem } });
      },
    };
  },
});
