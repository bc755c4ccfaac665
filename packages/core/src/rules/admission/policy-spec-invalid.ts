import { defineRule } from '../../engine/rule.js';
import { asArray, asObject, goString, isSet } from '../../model/values.js';
import { dns1035LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, policySpec } from './utils/admission.js';

const MAX_AUDIT_ANNOTATIONS = 20;

/** What is wrong with a paramKind apiVersion (`group/version` or `version`), as validateParamKind checks it. */
function apiVersionProblems(apiVersion: string): string[] {
  const parts = apiVersion.split('/');
  if (apiVersion === '/') return ['version must be specified'];
  if (parts.length > 2) return ['unexpected GroupVersion string'];
  const [group, version] = parts.length === 1 ? ['', parts[0] ?? ''] : [parts[0] ?? '', parts[1] ?? ''];
  const problems =
    group === '' ? [] : dns1123SubdomainErrors(group).map((reason) => `group ${JSON.stringify(group)}: ${reason}`);
  if (version === '') problems.push('version must be specified');
  else problems.push(...dns1035LabelErrors(version).map((reason) => `version ${JSON.stringify(version)}: ${reason}`));
  return problems;
}

export default defineRule({
  meta: {
    id: 'admission/policy-spec-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ValidatingAdmissionPolicy'],
    description:
      'A ValidatingAdmissionPolicy needs matchConstraints.resourceRules, a validation or audit annotation, and a valid paramKind.',
    fixable: false,
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateValidatingAdmissionPolicySpec', type: 'Required' },
      {
        package: ADMISSION_VALIDATION,
        function: 'validateValidatingAdmissionPolicySpec',
        field: 'auditAnnotations',
        type: 'Invalid',
      },
      { package: ADMISSION_VALIDATION, function: 'validateParamKind' },
    ],
    messages: {
      matchRequired:
        'the policy has no matchConstraints, so the API server cannot tell which requests it checks and refuses it; add matchConstraints with resourceRules',
      resourceRulesRequired:
        'matchConstraints has no resourceRules, which give the policy its requests and its expressions their types, so the API server refuses it; add resourceRules: [{apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments]}]',
      checksRequired:
        'the policy has neither validations nor auditAnnotations, so it would check nothing and the API server refuses it (validations or auditAnnotations must contain at least one item); add a validation',
      tooManyAnnotations:
        'the policy has {{count}} auditAnnotations, more than the 20 the API server accepts, so it refuses the policy; keep at most 20',
      paramKindRequired:
        'paramKind has no {{field}}, so the API server cannot tell which objects hold the parameters and refuses the policy; add {{field}} (e.g. apiVersion: v1, kind: ConfigMap)',
      apiVersionInvalid:
        'paramKind apiVersion {{value}} is not a valid group/version ({{reasons}}), so the API server refuses the policy; write e.g. "v1" or "example.com/v1"',
      kindInvalid:
        'paramKind kind {{value}} is not a valid kind name ({{reasons}}), so the API server refuses the policy; write the kind, e.g. ConfigMap',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = policySpec(resource);
        if (!spec) return;
        if (!isSet(spec.matchConstraints))
          context.report({ resource, path: ['spec', 'matchConstraints'], messageId: 'matchRequired' });
        else {
          const match = asObject(spec.matchConstraints);
          if (match && asArray(match.resourceRules).length === 0)
            context.report({
              resource,
              path: ['spec', 'matchConstraints', 'resourceRules'],
              messageId: 'resourceRulesRequired',
            });
        }
        const annotations = asArray(spec.auditAnnotations);
        if (asArray(spec.validations).length === 0 && annotations.length === 0)
          context.report({ resource, path: ['spec', 'validations'], messageId: 'checksRequired' });
        else if (annotations.length > MAX_AUDIT_ANNOTATIONS)
          context.report({
            resource,
            path: ['spec', 'auditAnnotations'],
            messageId: 'tooManyAnnotations',
            data: { count: annotations.length },
          });
        const paramKind = asObject(spec.paramKind);
        if (!paramKind) return;
        const apiVersion = goString(paramKind.apiVersion);
        if (apiVersion === '')
          context.report({
            resource,
            path: ['spec', 'paramKind', 'apiVersion'],
            messageId: 'paramKindRequired',
            data: { field: 'apiVersion' },
          });
        else if (apiVersion !== undefined) {
          const reasons = apiVersionProblems(apiVersion);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'paramKind', 'apiVersion'],
              messageId: 'apiVersionInvalid',
              data: { value: JSON.stringify(apiVersion), reasons: reasons.join('; ') },
            });
        }
        const kind = goString(paramKind.kind);
        if (kind === '')
          context.report({
            resource,
            path: ['spec', 'paramKind', 'kind'],
            messageId: 'paramKindRequired',
            data: { field: 'kind' },
          });
        else if (kind !== undefined) {
          const reasons = dns1035LabelErrors(kind.toLowerCase());
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'paramKind', 'kind'],
              messageId: 'kindInvalid',
              data: { value: JSON.stringify(kind), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
