import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, objectEntries, quoteList } from '../../model/values.js';
import { isStandardQuotaResource } from '../factories/resource-names.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

const SCOPES = [
  'Terminating',
  'NotTerminating',
  'BestEffort',
  'NotBestEffort',
  'PriorityClass',
  'CrossNamespacePodAffinity',
  'VolumeAttributesClass',
];
/** Scopes that only select or do not select: their expressions use the Exists operator. */
const EXISTS_ONLY = new Set([
  'Terminating',
  'NotTerminating',
  'BestEffort',
  'NotBestEffort',
  'CrossNamespacePodAffinity',
]);
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const CONFLICTS: ReadonlyArray<readonly [string, string]> = [
  ['BestEffort', 'NotBestEffort'],
  ['Terminating', 'NotTerminating'],
];

const POD_COUNT = new Set(['pods']);
const POD_COMPUTE = new Set(['cpu', 'memory', 'limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory']);
const PVC = new Set(['persistentvolumeclaims', 'requests.storage']);

function scopeTracks(scope: string, resource: string): boolean {
  // helper.IsResourceQuotaScopeValidForResource applies to the standard quota resources only.
  if (!isStandardQuotaResource(resource)) return true;
  switch (scope) {
    case 'BestEffort':
      return POD_COUNT.has(resource);
    case 'VolumeAttributesClass':
      return PVC.has(resource);
    case 'Terminating':
    case 'NotTerminating':
    case 'NotBestEffort':
    case 'PriorityClass':
    case 'CrossNamespacePodAffinity':
      return POD_COUNT.has(resource) || POD_COMPUTE.has(resource);
    default:
      return true;
  }
}

export default defineRule({
  meta: {
    id: 'quota/scope-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceQuota'],
    description:
      'ResourceQuota scopes and scope selectors name known scopes that track the quota’s resources, with valid operators and values, none contradicting.',
    fixable: false,
    sources: [
      { package: CORE, function: 'validateResourceQuotaScopes' },
      { package: CORE, function: 'validateScopedResourceSelectorRequirement' },
    ],
    messages: {
      unknownScope: 'scope "{{scope}}" is not one of {{allowed}}, so the API server refuses the quota',
      notForResource:
        'scope {{scope}} does not track {{resource}}, which spec.hard limits, so the API server refuses the quota; move {{resource}} to a quota without this scope',
      conflict:
        'scopes {{first}} and {{second}} contradict each other, so no object matches and the API server refuses the quota',
      existsOnly:
        'matchExpressions[{{index}}]: scope {{scope}} either applies or not, so its operator must be Exists, and the API server refuses "{{operator}}"',
      operator:
        'matchExpressions[{{index}}]: operator "{{operator}}" is not one of {{allowed}}, so the API server refuses the quota',
      valuesRequired:
        'matchExpressions[{{index}}]: operator {{operator}} needs at least one value, so the API server refuses the quota',
      valuesForbidden:
        'matchExpressions[{{index}}]: operator {{operator}} takes no values, so the API server refuses the quota; remove values',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['ResourceQuota'])) return;
        const spec = specOf(resource);
        const resources = Object.keys(asObject(spec?.hard) ?? {}).sort();
        const checkScopes = (scopes: string[], path: (index: number) => FieldPath, listPath: FieldPath): void => {
          scopes.forEach((scope, index) => {
            if (!SCOPES.includes(scope))
              context.report({
                resource,
                path: path(index),
                messageId: 'unknownScope',
                data: { scope, allowed: quoteList(SCOPES) },
              });
            const untracked = resources.find((name) => !scopeTracks(scope, name));
            if (untracked !== undefined)
              context.report({
                resource,
                path: listPath,
                messageId: 'notForResource',
                data: { scope, resource: untracked },
              });
          });
          for (const [first, second] of CONFLICTS)
            if (scopes.includes(first) && scopes.includes(second))
              context.report({ resource, path: listPath, messageId: 'conflict', data: { first, second } });
        };
        const scopes = asArray(spec?.scopes).filter((scope): scope is string => typeof scope === 'string');
        checkScopes(scopes, () => ['spec', 'scopes'], ['spec', 'scopes']);
        const selector = asObject(spec?.scopeSelector);
        if (!selector) return;
        const expressions = objectEntries(selector.matchExpressions);
        const base: FieldPath = ['spec', 'scopeSelector', 'matchExpressions'];
        // The API server names these fields without the expression's index (matchExpressions.operator):
        // they are reported on the list, with the index in the message.
        checkScopes(
          expressions.map(([, expression]) => (typeof expression.scopeName === 'string' ? expression.scopeName : '')),
          () => base,
          base,
        );
        for (const [index, expression] of expressions) {
          const operator = typeof expression.operator === 'string' ? expression.operator : '';
          const scope = expression.scopeName;
          const values = asArray(expression.values);
          const report = (messageId: string, data: Record<string, string>): void =>
            context.report({ resource, path: base, messageId, data: { ...data, index: String(index) } });
          if (typeof scope === 'string' && EXISTS_ONLY.has(scope) && operator !== 'Exists')
            report('existsOnly', { scope, operator });
          if (operator === 'In' || operator === 'NotIn') {
            if (values.length === 0) report('valuesRequired', { operator });
          } else if (operator === 'Exists' || operator === 'DoesNotExist') {
            if (values.length > 0) report('valuesForbidden', { operator });
          } else report('operator', { operator, allowed: quoteList(OPERATORS) });
        }
      },
    };
  },
});
