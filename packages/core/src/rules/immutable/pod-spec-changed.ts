import { defineRule, type RuleContext } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { asArray, asNumber, asObject, isObject, type PlainObject } from '../../model/values.js';
import { change, differences, sameValue, type Difference } from '../../update/update-view.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, report, reportDifferences } from './utils/report.js';

const WAY_OUT =
  'delete and re-create the Pod (`kubectl replace --force -f <file>`), or run it from a Deployment or Job so that template changes roll out new Pods';
const ALLOWED =
  "a Pod's spec cannot change after creation except container images, activeDeadlineSeconds (lowered or set), added tolerations (or a changed tolerationSeconds) and removed scheduling gates";

export default defineRule({
  meta: {
    id: 'immutable/pod-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A Pod's spec may not change on update, except a short list of fields.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateContainerUpdates' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateOnlyAddedTolerations' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateOnlyDeletedSchedulingGates' },
      // While the old Pod is gated: nodeSelector keys and required node-affinity expressions may only be added.
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeSelectorMutation' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeAffinityMutation' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'Pod', [''])) return;
        const view = context.updateView(pair);
        const oldSpec = asObject(view.old.spec);
        const newSpec = asObject(view.next.spec);
        if (!oldSpec || !newSpec) return;
        checkPodSpecUpdate(context, pair.new, oldSpec, newSpec);
      },
    };
  },
});

function checkPodSpecUpdate(
  context: RuleContext,
  resource: Resource,
  oldSpec: PlainObject,
  newSpec: PlainObject,
): void {
  for (const list of ['containers', 'initContainers']) {
    const before = asArray(oldSpec[list]).length;
    const after = asArray(newSpec[list]).length;
    if (before !== after) {
      report(
        context,
        resource,
        ['spec', list],
        `spec.${list} goes from ${before} to ${after} entries, but pod updates may not add or remove containers (the API server refuses it); ${WAY_OUT}`,
      );
      return;
    }
  }
  checkActiveDeadline(context, resource, oldSpec, newSpec);
  checkTolerations(context, resource, oldSpec, newSpec);
  checkSchedulingGates(context, resource, oldSpec, newSpec);

  const munged = structuredClone(newSpec);
  copyImages(munged, oldSpec);
  munged.activeDeadlineSeconds = oldSpec.activeDeadlineSeconds;
  munged.schedulingGates = oldSpec.schedulingGates;
  munged.tolerations = oldSpec.tolerations;
  if (asArray(oldSpec.schedulingGates).length > 0) mungeGatedScheduling(context, resource, oldSpec, munged);

  const found = differences(oldSpec, munged, ['spec']);
  reportDifferences(
    context,
    resource,
    found,
    (difference) =>
      `${changed(resource, difference)}, but ${ALLOWED}; the API server refuses the update (spec: Forbidden: pod updates may not change fields other than …)${resizeHint(difference)}; ${WAY_OUT}`,
  );
}

function resizeHint(difference: Difference): string {
  const resources = difference.path.indexOf('resources');
  if (resources < 0 || !['containers', 'initContainers'].includes(String(difference.path[1]))) return '';
  return ". CPU and memory of a running Pod change only through the resize subresource (`kubectl patch pod <name> --subresource resize …`), or change the owning workload's template instead";
}

function copyImages(munged: PlainObject, oldSpec: PlainObject): void {
  for (const list of ['containers', 'initContainers']) {
    const oldContainers = asArray(oldSpec[list]);
    asArray(munged[list]).forEach((container, i) => {
      const before = oldContainers[i];
      if (isObject(container) && isObject(before)) container.image = before.image;
    });
  }
}

function checkActiveDeadline(
  context: RuleContext,
  resource: Resource,
  oldSpec: PlainObject,
  newSpec: PlainObject,
): void {
  const path: FieldPath = ['spec', 'activeDeadlineSeconds'];
  const before = asNumber(oldSpec.activeDeadlineSeconds);
  const after = asNumber(newSpec.activeDeadlineSeconds);
  if (after === undefined) {
    if (before !== undefined)
      report(
        context,
        resource,
        path,
        `spec.activeDeadlineSeconds is removed (was ${before}), but once set it may only be lowered, never unset (the API server refuses: must not update from a positive integer to nil value); keep it, or lower it`,
      );
    return;
  }
  if (before !== undefined && after > before) {
    report(
      context,
      resource,
      path,
      `spec.activeDeadlineSeconds changes ${change(before, after)}, but it may only be lowered on a running Pod (the API server refuses: must be less than or equal to previous value); keep ${before} or a smaller value, or ${WAY_OUT}`,
    );
  }
}

/** validateOnlyAddedTolerations: every old toleration must still be there, tolerationSeconds aside. */
function checkTolerations(context: RuleContext, resource: Resource, oldSpec: PlainObject, newSpec: PlainObject): void {
  const newTolerations = asArray(newSpec.tolerations);
  const withoutSeconds = (value: unknown): unknown =>
    isObject(value) ? { ...value, tolerationSeconds: undefined } : value;
  for (const toleration of asArray(oldSpec.tolerations)) {
    const kept = newTolerations.some((candidate) =>
      sameValue(withoutSeconds(toleration), withoutSeconds(candidate), ['spec', 'tolerations', 0]),
    );
    if (kept) continue;
    const described = isObject(toleration)
      ? `key ${JSON.stringify(toleration.key ?? '')}${toleration.effect ? `, effect ${String(toleration.effect)}` : ''}`
      : 'an entry';
    report(
      context,
      resource,
      ['spec', 'tolerations'],
      `the existing toleration (${described}) is removed or changed, but a Pod's tolerations may only be added to; only tolerationSeconds of an existing one may change (the API server refuses: existing toleration can not be modified except its tolerationSeconds); keep every old toleration and append new ones, or ${WAY_OUT}`,
    );
    return;
  }
}

/** validateOnlyDeletedSchedulingGates: gates may be removed, never added. */
function checkSchedulingGates(
  context: RuleContext,
  resource: Resource,
  oldSpec: PlainObject,
  newSpec: PlainObject,
): void {
  const oldNames = new Set(asArray(oldSpec.schedulingGates).map((gate) => asObject(gate)?.name));
  asArray(newSpec.schedulingGates).forEach((gate, i) => {
    const name = asObject(gate)?.name;
    if (oldNames.has(name)) return;
    report(
      context,
      resource,
      ['spec', 'schedulingGates', i, 'name'],
      `scheduling gate ${JSON.stringify(name)} is new, but a Pod's scheduling gates may only be removed after creation (the API server refuses: only deletion is allowed, but found new scheduling gate); create the Pod with the gate, or ${WAY_OUT}`,
    );
  });
}

/**
 * While the old Pod is still gated, nodeSelector keys and required node-affinity expressions may
 * be added (nothing changed or removed); the munged spec takes the old values once checked.
 */
function mungeGatedScheduling(
  context: RuleContext,
  resource: Resource,
  oldSpec: PlainObject,
  munged: PlainObject,
): void {
  const oldSelector = asObject(oldSpec.nodeSelector) ?? {};
  const newSelector = asObject(munged.nodeSelector) ?? {};
  if (!sameValue(oldSelector, newSelector, ['spec', 'nodeSelector'])) {
    const broken = Object.entries(oldSelector).find(([key, value]) => newSelector[key] !== value);
    if (broken) {
      report(
        context,
        resource,
        ['spec', 'nodeSelector'],
        `spec.nodeSelector changes or drops the key ${JSON.stringify(broken[0])}, but while a Pod is gated only new nodeSelector keys may be added (the API server refuses: only additions to spec.nodeSelector are allowed (no mutations or deletions)); keep the existing keys, or ${WAY_OUT}`,
      );
    }
    munged.nodeSelector = oldSpec.nodeSelector;
  }
  const oldAffinity = asObject(asObject(oldSpec.affinity)?.nodeAffinity);
  const mungedAffinity = asObject(munged.affinity);
  const newNodeAffinity = asObject(mungedAffinity?.nodeAffinity);
  if (sameValue(oldAffinity, newNodeAffinity, ['spec', 'affinity', 'nodeAffinity'])) return;
  checkNodeAffinityAdditions(context, resource, oldAffinity, newNodeAffinity);
  if (!mungedAffinity) {
    if (oldAffinity) munged.affinity = { nodeAffinity: oldAffinity };
  } else if (!asObject(oldSpec.affinity) && !mungedAffinity.podAffinity && !mungedAffinity.podAntiAffinity) {
    delete munged.affinity;
  } else {
    mungedAffinity.nodeAffinity = oldAffinity;
  }
}

function checkNodeAffinityAdditions(
  context: RuleContext,
  resource: Resource,
  oldAffinity: PlainObject | undefined,
  newAffinity: PlainObject | undefined,
): void {
  const required = 'requiredDuringSchedulingIgnoredDuringExecution';
  const oldRequired = asObject(oldAffinity?.[required]);
  if (!oldRequired) return;
  const oldTerms = asArray(oldRequired.nodeSelectorTerms);
  const newTerms = asArray(asObject(newAffinity?.[required])?.nodeSelectorTerms);
  const termsPath: FieldPath = ['spec', 'affinity', 'nodeAffinity', required, 'nodeSelectorTerms'];
  if (oldTerms.length > 0 && oldTerms.length !== newTerms.length) {
    report(
      context,
      resource,
      termsPath,
      `the required node-affinity terms go from ${oldTerms.length} to ${newTerms.length}, but while a Pod is gated terms may not be added or removed (the API server refuses: no additions/deletions to non-empty NodeSelectorTerms list are allowed); only append expressions to the existing terms`,
    );
    return;
  }
  oldTerms.forEach((term, i) => {
    if (termOnlyAdds(asObject(term) ?? {}, asObject(newTerms[i]) ?? {})) return;
    report(
      context,
      resource,
      [...termsPath, i],
      `node-affinity term ${i} changes or drops an expression, but while a Pod is gated a term may only gain new matchExpressions or matchFields (the API server refuses: only additions are allowed (no mutations or deletions)); keep the existing expressions and append new ones`,
    );
  });
}

function termOnlyAdds(oldTerm: PlainObject, newTerm: PlainObject): boolean {
  const oldExpressions = asArray(oldTerm.matchExpressions);
  const oldFields = asArray(oldTerm.matchFields);
  const newExpressions = asArray(newTerm.matchExpressions);
  const newFields = asArray(newTerm.matchFields);
  if (oldExpressions.length === 0 && oldFields.length === 0 && (newExpressions.length > 0 || newFields.length > 0))
    return false;
  const keepsPrefix = (before: readonly unknown[], after: readonly unknown[]): boolean =>
    before.length === 0 ||
    (after.length >= before.length && sameValue(before, after.slice(0, before.length), ['spec', 'affinity', 'terms']));
  return keepsPrefix(oldExpressions, newExpressions) && keepsPrefix(oldFields, newFields);
}
