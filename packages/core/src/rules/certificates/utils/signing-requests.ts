import type { RuleVisitors } from '../../../engine/rule.js';
import { isBuiltin } from '../../../model/builtin.js';
import type { Resource } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../schema/names.js';

/** The Go package whose checks the certificates rules mirror. */
export const CERTIFICATES_VALIDATION = 'k8s.io/kubernetes/pkg/apis/certificates/validation';

/**
 * Visitors that run `check` on the spec of each CertificateSigningRequest. On an update the
 * strategy puts the stored spec back before validation; the update view models that
 * (update/server-changes.ts), so the engine keeps a report on an update's manifest only where
 * the stored spec has the same problem.
 */
export function signingRequests(check: (resource: Resource, spec: PlainObject) => void): RuleVisitors {
  return {
    resource(resource) {
      if (!isBuiltin(resource, 'certificates.k8s.io', ['CertificateSigningRequest'])) return;
      const spec =
        resource.object.spec === undefined || resource.object.spec === null ? {} : asObject(resource.object.spec);
      if (spec) check(resource, spec);
    },
  };
}

/** core/validation ValidateSignerName: `<domain with at least two labels>/<path of DNS subdomains>`; why a name is refused. */
export function signerNameProblems(name: string): string[] {
  const segments = name.split('/');
  if (segments.length !== 2)
    return ["it must be a fully qualified domain and path of the form 'example.com/signer-name'"];
  const [domain = '', path = ''] = segments;
  const problems: string[] = [];
  if (domain.length > 253) problems.push(`the domain is ${domain.length} characters long; the limit is 253`);
  const domainLabels = domain.split('.');
  const badLabel = domainLabels.find((label) => label === '' || dns1123LabelErrors(label).length > 0);
  if (badLabel !== undefined)
    problems.push(`domain label ${JSON.stringify(badLabel)} is not a lowercase RFC 1123 label`);
  if (domainLabels.length < 2) problems.push('the domain needs at least two segments separated by dots');
  const badPathLabel = path.split('.').find((label) => label === '' || dns1123SubdomainErrors(label).length > 0);
  if (badPathLabel !== undefined)
    problems.push(`path segment ${JSON.stringify(badPathLabel)} is not a lowercase RFC 1123 subdomain`);
  if (name.length > 253 + 253 + 63 + 1 + 1) problems.push(`it is ${name.length} characters long; the limit is 571`);
  return problems;
}
