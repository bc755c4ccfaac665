import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, isSet, objectEntries, type PlainObject } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { jobSpecOf } from './utils/job-specs.js';

const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_CONDITIONS = 20;
const CONDITION_STATUSES = new Set(['True', 'False', 'Unknown']);

type Problem = { path: FieldPath; messageId: string; data?: Readonly<Record<string, string | number>> };

/** The container and init container names of the Job's pod template. */
function containerNames(spec: PlainObject): Set<string> {
  const podSpec = asObject(asObject(spec.template)?.spec);
  const names = new Set<string>();
  for (const list of ['containers', 'initContainers']) {
    for (const [, container] of objectEntries(podSpec?.[list]))
      if (typeof container.name === 'string') names.add(container.name);
  }
  return names;
}

function ruleProblems(rule: PlainObject, path: FieldPath, spec: PlainObject, names: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const hasExitCodes = isSet(rule.onExitCodes);
  const conditions = asArray(rule.onPodConditions);
  if (hasExitCodes && conditions.length > 0) problems.push({ path, messageId: 'both' });
  if (!hasExitCodes && conditions.length === 0) problems.push({ path, messageId: 'neither' });
  if (!isSet(rule.action) || rule.action === '')
    problems.push({ path: [...path, 'action'], messageId: 'actionRequired' });
  if (rule.action === 'FailIndex' && !isSet(spec.backoffLimitPerIndex))
    problems.push({ path: [...path, 'action'], messageId: 'failIndex' });
  if (conditions.length > MAX_CONDITIONS)
    problems.push({
      path: [...path, 'onPodConditions'],
      messageId: 'tooMany',
      data: { what: 'pod condition patterns', limit: MAX_CONDITIONS },
    });
  for (const [index, pattern] of objectEntries(rule.onPodConditions)) {
    const type = isSet(pattern.type) ? pattern.type : '';
    if (typeof type !== 'string') continue;
    const reasons = qualifiedNameErrors(type);
    if (reasons.length > 0)
      problems.push({
        path: [...path, 'onPodConditions', index, 'type'],
        messageId: 'conditionType',
        data: { type, reasons: reasons.join('; ') },
      });
  }
  // An empty status is defaulted to True (SetDefaults_PodFailurePolicyOnPodConditionsPattern).
  for (const [index, pattern] of objectEntries(rule.onPodConditions)) {
    const status = pattern.status;
    if (typeof status === 'string' && status !== '' && !CONDITION_STATUSES.has(status))
      problems.push({
        path: [...path, 'onPodConditions', index, 'status'],
        messageId: 'conditionStatus',
        data: { status },
      });
  }
  const exitCodes = asObject(rule.onExitCodes);
  if (!exitCodes) return problems;
  const base = [...path, 'onExitCodes'];
  if (!isSet(exitCodes.operator) || exitCodes.operator === '')
    problems.push({ path: [...base, 'operator'], messageId: 'operatorRequired' });
  const containerName = exitCodes.containerName;
  if (typeof containerName === 'string' && !names.has(containerName))
    problems.push({ path: [...base, 'containerName'], messageId: 'containerName', data: { name: containerName } });
  if (exitCodes.values !== undefined && !Array.isArray(exitCodes.values)) return problems;
  const values = asArray(exitCodes.values);
  if (values.length === 0) problems.push({ path: [...base, 'values'], messageId: 'noValues' });
  if (values.length > MAX_EXIT_CODES)
    problems.push({
      path: [...base, 'values'],
      messageId: 'tooMany',
      data: { what: 'exit codes', limit: MAX_EXIT_CODES },
    });
  const seen = new Set<number>();
  let ordered = true;
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return;
    if (exitCodes.operator === 'In' && value === 0)
      problems.push({ path: [...base, 'values', index], messageId: 'zeroIn' });
    if (seen.has(value)) problems.push({ path: [...base, 'values', index], messageId: 'duplicate', data: { value } });
    seen.add(value);
    const previous = values[index - 1];
    if (typeof previous === 'number' && previous > value) ordered = false;
  });
  if (!ordered) problems.push({ path: [...base, 'values'], messageId: 'unordered' });
  return problems;
}

export default defineRule({
  meta: {
    id: 'job/pod-failure-policy-rule-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Each podFailurePolicy rule needs exactly one of onExitCodes and onPodConditions, with valid, sorted, distinct exit codes of existing containers.',
    fixable: false,
    kinds: ['Job', 'CronJob'],
    source: 'validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes (pkg/apis/batch/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRule',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'Duplicate',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRule',
        type: 'Required',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validatePodFailurePolicy', type: 'TooMany' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'TooMany',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnPodConditions',
        type: 'TooMany',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnPodConditions',
        type: 'NotSupported',
        field: 'status',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validatePodFailurePolicyRuleOnExitCodes',
        type: 'Required',
      },
    ],
    messages: {
      tooMany: 'this lists more than {{limit}} {{what}}, which the API server refuses',
      actionRequired:
        'this rule has no action, so the API server refuses it; set action to FailJob, FailIndex, Ignore or Count',
      conditionType:
        'pod condition type "{{type}}" is not a qualified name ({{reasons}}), so the API server refuses the rule',
      conditionStatus:
        'pod condition status "{{status}}" is not a condition status, so the API server refuses the rule (supported values: "False", "True", "Unknown"); write True, False or Unknown, or leave it out for True',
      operatorRequired: 'onExitCodes has no operator, so the API server refuses it; set operator to In or NotIn',
      both: 'this rule sets both onExitCodes and onPodConditions, but a rule matches failed pods one way, so the API server refuses it; split it into two rules',
      neither:
        'this rule sets neither onExitCodes nor onPodConditions, so it matches nothing and the API server refuses it; add one of them',
      failIndex:
        'action FailIndex fails one completion index, which needs backoffLimitPerIndex (and completionMode: Indexed); the API server refuses it without',
      containerName:
        'container "{{name}}" is not a container or init container of the Job\'s pod template, so the API server refuses the rule; name an existing container or leave containerName out',
      noValues:
        'onExitCodes.values is empty, so the rule matches no exit code and the API server refuses it; list at least one exit code',
      zeroIn:
        'exit code 0 means success, so it cannot select failed pods with the In operator, and the API server refuses it; remove 0',
      duplicate: 'exit code {{value}} is listed twice, which the API server refuses; remove the duplicate',
      unordered: 'exit codes must be listed in increasing order, and the API server refuses this list; sort it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const site = jobSpecOf(resource);
        const policy = asObject(site?.spec.podFailurePolicy);
        if (!site || !policy) return;
        const names = containerNames(site.spec);
        const rules = asArray(policy.rules);
        if (rules.length > MAX_RULES)
          context.report({
            resource,
            path: [...site.path, 'podFailurePolicy', 'rules'],
            messageId: 'tooMany',
            data: { what: 'rules', limit: MAX_RULES },
          });
        for (const [index, rule] of objectEntries(policy.rules)) {
          for (const problem of ruleProblems(
            rule,
            [...site.path, 'podFailurePolicy', 'rules', index],
            site.spec,
            names,
          )) {
            context.report({
              resource,
              path: problem.path,
              messageId: problem.messageId,
              ...(problem.data ? { data: problem.data } : {}),
            });
          }
        }
      },
    };
  },
});
