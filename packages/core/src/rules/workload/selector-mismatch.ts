import { defineRule } from '../../engine/rule.js';
import { selectorMatches } from '../../model/selectors.js';
import type { Resource } from '../../model/resource.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { ownValue } from '../../util/lookup-table.js';
import { labelSelectorProblems } from '../factories/label-selector.js';

const KINDS_WITH_REQUIRED_SELECTOR = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/**
 * A ReplicationController's selector is a plain map; an empty one is defaulted to the template's
 * labels, so only a written selector can miss them.
 */
function replicationControllerMatches(spec: PlainObject | undefined): boolean {
  const selector = asObject(spec?.selector);
  const template = asObject(spec?.template);
  if (!selector || !template || Object.keys(selector).length === 0) return true;
  const labels = asObject(asObject(template.metadata)?.labels) ?? {};
  return Object.entries(selector).every(([key, value]) => ownValue(labels, key) === value);
}

/**
 * The apps kinds select with the selector as written; a Job does only with manualSelector: true
 * (otherwise the API server generates a selector and labels the template to match).
 */
function usesWrittenSelector(resource: Resource): boolean {
  if (resource.group === 'apps') return KINDS_WITH_REQUIRED_SELECTOR.has(resource.kind);
  return (
    resource.group === 'batch' && resource.kind === 'Job' && asObject(resource.object.spec)?.manualSelector === true
  );
}

export default defineRule({
  meta: {
    id: 'workload/selector-mismatch',
    severity: 'error',
    origin: 'api-error',
    description: "A workload's selector must match its pod template's labels.",
    fixable: false,
    kinds: ['ReplicationController', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateReplicaSetSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDaemonSetSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetSpec' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePodTemplateSpecForRC',
        type: 'Invalid',
        field: 'labels',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'ValidateJobSpec',
        type: 'Invalid',
        field: 'labels',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidatePodTemplateSpecForStatefulSet',
        type: 'Invalid',
        field: 'labels',
      },
    ],
    messages: {
      selectorMismatch:
        'the template labels do not match spec.selector, so the controller could never find the pods it creates and the API server refuses the object (selector does not match template labels); make every selector label appear in spec.template.metadata.labels',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group === '' && resource.kind === 'ReplicationController') {
          if (!replicationControllerMatches(asObject(resource.object.spec))) report(resource);
          return;
        }
        if (!usesWrittenSelector(resource)) return;
        const spec = asObject(resource.object.spec);
        const selector = asObject(spec?.selector);
        // The apps kinds' template is a struct, not a pointer: a missing one has no labels.
        const template = spec ? (asObject(spec.template) ?? {}) : undefined;
        // A DaemonSet without selector selects nothing, so no template matches (the others require one).
        if (resource.kind === 'DaemonSet' && template && (spec?.selector === undefined || spec.selector === null)) {
          report(resource);
          return;
        }
        if (!selector || !template) return;
        const labels = asObject(asObject(template.metadata)?.labels) ?? {};
        const matchLabels = asObject(selector.matchLabels) ?? {};
        const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
        if (Object.keys(matchLabels).length === 0 && expressions.length === 0) return;
        // An invalid selector is refused as such (metadata/label-selector-invalid), not compared with the labels.
        if (labelSelectorProblems(selector, ['spec', 'selector'], 'person').length > 0) return;
        if (selectorMatches(matchLabels, expressions, labels)) return;
        report(resource);
      },
    };

    function report(resource: Resource): void {
      context.report({
        resource,
        path: ['spec', 'template', 'metadata', 'labels'],
        messageId: 'selectorMismatch',
        related: [{ path: ['spec', 'selector'], message: 'the selector the template labels must satisfy' }],
      });
    }
  },
});
