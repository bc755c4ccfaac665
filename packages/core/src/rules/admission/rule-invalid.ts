import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { PlainObject } from '../../model/values.js';
import { pathSegmentNameErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, rulesWithOperations, stringList } from './utils/admission.js';

/** validateResources: what is wrong with a rule's resources (subresources allowed), by path. */
function resourceProblems(resources: string[], path: FieldPath): Array<{ path: FieldPath; detail: string }> {
  const problems: Array<{ path: FieldPath; detail: string }> = [];
  const wildcardSubresourcesOf = new Set<string>();
  const wildcardResourcesOf = new Set<string>();
  let hasResourceWithoutSubresource = false;
  resources.forEach((entry, index) => {
    if (entry === '') {
      problems.push({ path: [...path, index], detail: 'an empty resource' });
      return;
    }
    const slash = entry.indexOf('/');
    if (slash < 0) {
      hasResourceWithoutSubresource = entry !== '*';
      return;
    }
    const resource = entry.slice(0, slash);
    const subresource = entry.slice(slash + 1);
    if (wildcardSubresourcesOf.has(resource))
      problems.push({ path: [...path, index], detail: `"${entry}" beside "${resource}/*", which already matches it` });
    if (wildcardResourcesOf.has(subresource))
      problems.push({
        path: [...path, index],
        detail: `"${entry}" beside "*/${subresource}", which already matches it`,
      });
    if (subresource === '*') wildcardSubresourcesOf.add(resource);
    if (resource === '*') wildcardResourcesOf.add(subresource);
  });
  if (resources.length > 1 && resources.includes('*/*'))
    problems.push({ path, detail: '"*/*" beside other resources, which it already matches' });
  if (resources.includes('*') && hasResourceWithoutSubresource)
    problems.push({ path, detail: '"*" beside other resources without subresources, which it already matches' });
  return problems;
}

export default defineRule({
  meta: {
    id: 'admission/rule-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An admission rule needs operations, apiGroups, apiVersions and resources, without "*" beside other values or redundant entries.',
    fixable: false,
    kinds: [
      'ValidatingWebhookConfiguration',
      'MutatingWebhookConfiguration',
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
    ],
    sources: [
      // An unknown operation or scope (NotSupported) is schema/value-unsupported's.
      { package: ADMISSION_VALIDATION, function: 'validateRuleWithOperations', type: 'Required' },
      { package: ADMISSION_VALIDATION, function: 'validateRuleWithOperations', type: 'Invalid' },
      { package: ADMISSION_VALIDATION, function: 'validateRule', type: 'Required' },
      { package: ADMISSION_VALIDATION, function: 'validateRule', type: 'Invalid' },
      { package: ADMISSION_VALIDATION, function: 'validateResources' },
      { package: ADMISSION_VALIDATION, function: 'validateNamedRuleWithOperations' },
    ],
    messages: {
      required: 'this rule lists no {{field}}, so it could match no request and the API server refuses it; {{advice}}',
      wildcardWithOthers:
        '{{field}} lists "*" beside other values, which it already matches, so the API server refuses the rule (if \'*\' is present, must not specify other {{field}}); keep only "*", or only the values',
      emptyEntry:
        'this rule lists an empty {{what}}, so the API server refuses it (Required value); remove it or write the {{what}}',
      resources: 'resources list {{detail}}, so the API server refuses the rule; remove the redundant entry',
      resourceName: 'resource name {{value}} {{detail}}, so the API server refuses the rule; {{advice}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const { rule, path, named } of rulesWithOperations(resource)) check(rule, path, named);

        function check(rule: PlainObject, path: FieldPath, named: boolean): void {
          const operations = stringList(rule.operations);
          if (operations) {
            if (operations.length === 0) required(path, 'operations', 'add operations, e.g. [CREATE, UPDATE]');
            if (operations.length > 1 && operations.includes('*')) wildcard(path, 'operations');
          }
          const groups = stringList(rule.apiGroups);
          if (groups) {
            if (groups.length === 0)
              required(path, 'apiGroups', 'add the API groups, e.g. [apps] ("" is the core group)');
            if (groups.length > 1 && groups.includes('*')) wildcard(path, 'apiGroups');
          }
          const versions = stringList(rule.apiVersions);
          if (versions) {
            if (versions.length === 0) required(path, 'apiVersions', 'add the versions, e.g. [v1], or ["*"]');
            if (versions.length > 1 && versions.includes('*')) wildcard(path, 'apiVersions');
            versions.forEach((version, index) => {
              if (version === '')
                context.report({
                  resource,
                  path: [...path, 'apiVersions', index],
                  messageId: 'emptyEntry',
                  data: { what: 'version' },
                });
            });
          }
          const resources = stringList(rule.resources);
          if (resources) {
            if (resources.length === 0) required(path, 'resources', 'add the resources, e.g. [deployments], or ["*"]');
            for (const problem of resourceProblems(resources, [...path, 'resources'])) {
              if (problem.detail === 'an empty resource')
                context.report({ resource, path: problem.path, messageId: 'emptyEntry', data: { what: 'resource' } });
              else
                context.report({
                  resource,
                  path: problem.path,
                  messageId: 'resources',
                  data: { detail: problem.detail },
                });
            }
          }
          if (!named) return;
          const names = stringList(rule.resourceNames) ?? [];
          const seen = new Set<string>();
          names.forEach((name, index) => {
            const namePath = [...path, 'resourceNames', index];
            const problems = pathSegmentNameErrors(name);
            if (problems.length > 0)
              context.report({
                resource,
                path: namePath,
                messageId: 'resourceName',
                data: {
                  value: JSON.stringify(name),
                  detail: `is not a valid name (${problems.join('; ')})`,
                  advice: 'write the name of the object',
                },
              });
            if (seen.has(name))
              context.report({
                resource,
                path: namePath,
                messageId: 'resourceName',
                data: { value: JSON.stringify(name), detail: 'is listed twice', advice: 'list each name once' },
              });
            seen.add(name);
          });
        }

        function required(path: FieldPath, field: string, advice: string): void {
          context.report({ resource, path: [...path, field], messageId: 'required', data: { field, advice } });
        }

        function wildcard(path: FieldPath, field: string): void {
          context.report({ resource, path: [...path, field], messageId: 'wildcardWithOthers', data: { field } });
        }
      },
    };
  },
});
