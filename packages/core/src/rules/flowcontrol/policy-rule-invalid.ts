import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, objectEntries, quoteList, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors } from '../../schema/names.js';
import { FLOWCONTROL_VALIDATION, flowSchemaSpec, stringList } from './utils/flowcontrol.js';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'proxy', 'update', 'watch'];

/** ValidateNonResourceURLPath: why a non-resource URL is refused, or undefined. */
function nonResourceUrlProblem(url: string): string | undefined {
  if (url === '') return 'must not be empty';
  if (url === '/') return undefined;
  if (!url.startsWith('/')) return 'must start with slash';
  if (url.includes(' ')) return 'must not contain white-space';
  if (url.includes('//')) return 'must not contain double slash';
  const wildcards = url.split('*').length - 1;
  if (wildcards > 1 || (wildcards === 1 && !url.endsWith('/*'))) return 'wildcard can only do suffix matching';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'flowcontrol/policy-rule-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['FlowSchema'],
    description:
      'A FlowSchema rule needs subjects and resource or non-resource rules, each with verbs and the groups, resources, namespaces or URLs it matches.',
    fixable: false,
    sources: [
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaPolicyRulesWithSubjects' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaResourcePolicyRule' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaNonResourcePolicyRule' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateNonResourceURLPath' },
    ],
    messages: {
      subjectsRequired:
        'this rule has no subjects, so it could match no request and the API server refuses the FlowSchema (subjects must contain at least one value); add the users, groups or service accounts it is for',
      rulesRequired:
        'this rule has neither resourceRules nor nonResourceRules, so the API server refuses the FlowSchema (at least one of them has to be non-empty); add what the requests ask for',
      listRequired:
        'this {{rule}} lists no {{field}}, so the API server refuses the FlowSchema ({{field}} must contain at least one value); {{advice}}',
      wildcardWithOthers:
        '{{field}} lists "*" beside other values, so the API server refuses the FlowSchema (if \'*\' is present, must not specify other {{field}}); keep only "*", or only the values',
      verbsUnsupported:
        'verbs {{value}} include a verb that is not an API verb, so the API server refuses the FlowSchema (supported values: {{allowed}}); use those verbs (lower case) or "*"',
      namespaceInvalid:
        'namespace {{value}} is not valid ({{reasons}}), so the API server refuses the FlowSchema (each member must be "*" or a DNS-1123 label); write the namespace as it is named',
      urlInvalid:
        'non-resource URL {{value}} {{problem}}, so the API server refuses the FlowSchema; write a path such as "/healthz" or "/apis/*"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = flowSchemaSpec(resource);
        if (!spec) return;
        for (const [index, rule] of objectEntries(spec.rules)) {
          const path: FieldPath = ['spec', 'rules', index];
          if (asArray(rule.subjects).length === 0)
            context.report({ resource, path: [...path, 'subjects'], messageId: 'subjectsRequired' });
          if (asArray(rule.resourceRules).length === 0 && asArray(rule.nonResourceRules).length === 0)
            context.report({ resource, path, messageId: 'rulesRequired' });
          for (const [ruleIndex, resourceRule] of objectEntries(rule.resourceRules))
            checkResourceRule(resourceRule, [...path, 'resourceRules', ruleIndex]);
          for (const [ruleIndex, nonResourceRule] of objectEntries(rule.nonResourceRules))
            checkNonResourceRule(nonResourceRule, [...path, 'nonResourceRules', ruleIndex]);
        }

        function checkVerbs(rule: PlainObject, path: FieldPath, kind: string): void {
          const verbs = stringList(rule.verbs);
          if (!verbs) return;
          if (verbs.length === 0)
            context.report({
              resource,
              path: [...path, 'verbs'],
              messageId: 'listRequired',
              data: { rule: kind, field: 'verbs', advice: 'add the verbs to match, e.g. [get, list], or ["*"]' },
            });
          else if (verbs.includes('*')) {
            if (verbs.length > 1)
              context.report({
                resource,
                path: [...path, 'verbs'],
                messageId: 'wildcardWithOthers',
                data: { field: 'verbs' },
              });
          } else if (verbs.some((verb) => !VERBS.includes(verb)))
            context.report({
              resource,
              path: [...path, 'verbs'],
              messageId: 'verbsUnsupported',
              data: { value: JSON.stringify(verbs), allowed: quoteList(VERBS) },
            });
        }

        function checkList(rule: PlainObject, path: FieldPath, field: string, advice: string): void {
          const values = stringList(rule[field]);
          if (!values) return;
          if (values.length === 0)
            context.report({
              resource,
              path: [...path, field],
              messageId: 'listRequired',
              data: { rule: 'resource rule', field, advice },
            });
          else if (values.length > 1 && values.includes('*'))
            context.report({ resource, path: [...path, field], messageId: 'wildcardWithOthers', data: { field } });
        }

        function checkResourceRule(rule: PlainObject, path: FieldPath): void {
          checkVerbs(rule, path, 'resource rule');
          checkList(rule, path, 'apiGroups', 'add the API groups, e.g. [""] for the core group, or ["*"]');
          checkList(rule, path, 'resources', 'add the resources, e.g. [pods], or ["*"]');
          const namespaces = stringList(rule.namespaces);
          if (!namespaces) return;
          if (namespaces.length === 0) {
            if (rule.clusterScope !== true)
              context.report({
                resource,
                path: [...path, 'namespaces'],
                messageId: 'listRequired',
                data: {
                  rule: 'namespaced resource rule',
                  field: 'namespaces',
                  advice: 'add the namespaces (["*"] for all), or set clusterScope: true for cluster-scoped resources',
                },
              });
          } else if (namespaces.includes('*')) {
            if (namespaces.length > 1)
              context.report({
                resource,
                path: [...path, 'namespaces'],
                messageId: 'wildcardWithOthers',
                data: { field: 'namespaces' },
              });
          } else {
            namespaces.forEach((namespace, index) => {
              const reasons = dns1123LabelErrors(namespace);
              if (reasons.length > 0)
                context.report({
                  resource,
                  path: [...path, 'namespaces', index],
                  messageId: 'namespaceInvalid',
                  data: { value: JSON.stringify(namespace), reasons: reasons.join('; ') },
                });
            });
          }
        }

        function checkNonResourceRule(rule: PlainObject, path: FieldPath): void {
          checkVerbs(rule, path, 'non-resource rule');
          const urls = stringList(rule.nonResourceURLs);
          if (!urls) return;
          if (urls.length === 0)
            context.report({
              resource,
              path: [...path, 'nonResourceURLs'],
              messageId: 'listRequired',
              data: {
                rule: 'non-resource rule',
                field: 'nonResourceURLs',
                advice: 'add the paths to match, e.g. ["/healthz"]',
              },
            });
          else if (urls.includes('*')) {
            if (urls.length > 1)
              context.report({
                resource,
                path: [...path, 'nonResourceURLs'],
                messageId: 'wildcardWithOthers',
                data: { field: 'nonResourceURLs' },
              });
          } else
            urls.forEach((url, index) => {
              const problem = nonResourceUrlProblem(url);
              if (problem !== undefined)
                context.report({
                  resource,
                  path: [...path, 'nonResourceURLs', index],
                  messageId: 'urlInvalid',
                  data: { value: JSON.stringify(url), problem },
                });
            });
        }
      },
    };
  },
});
