import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { asArray, asObject, isObject, type PlainObject } from '../../model/values.js';
import { differences, type Difference } from '../../update/update-view.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, recreateHint, reportDifferences } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'immutable/job-template-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A Job's pod template may not change, except a suspended Job's scheduling directives and resources.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validatePodTemplateUpdate' },
      { package: 'k8s.io/kubernetes/pkg/registry/batch/job', function: 'validationOptionsForJob' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'Job', ['batch'])) return;
        const view = context.updateView(pair);
        const oldSpec = asObject(view.old.spec) ?? {};
        const template = asObject(asObject(view.next.spec)?.template) ?? {};
        const oldTemplate = structuredClone(asObject(oldSpec.template) ?? {});
        const suspended = oldSpec.suspend === true;
        const status = asObject(pair.old.object.status);
        const notStarted = status?.startTime === undefined || status.startTime === null;
        const laterRules = compareVersions(context.kubernetesVersion, '1.36') >= 0;
        const mayEditPaused =
          suspended && (notStarted || hasTrueCondition(status, 'Suspended')) && Number(status?.active ?? 0) === 0;
        const schedulingMutable = laterRules ? mayEditPaused : suspended && notStarted;
        const resourcesMutable = laterRules && mayEditPaused;
        if (schedulingMutable) copySchedulingDirectives(oldTemplate, template);
        let found: Difference[];
        if (suspended && resourcesMutable) {
          const oldPodSpec = asObject(oldTemplate.spec) ?? {};
          const podSpec = asObject(template.spec) ?? {};
          copyResources(oldPodSpec, podSpec);
          found = differences(oldPodSpec, podSpec, ['spec', 'template', 'spec']);
        } else {
          found = differences(oldTemplate, template, ['spec', 'template']);
        }
        const way = recreateHint('Job', pair.new);
        const exception = suspended
          ? 'a suspended Job may only change its scheduling directives (nodeSelector, tolerations, node affinity, scheduling gates, template labels and annotations)' +
            (laterRules ? ' and container resources' : '') +
            (schedulingMutable ? '' : ', and only before it starts')
          : 'only a suspended Job that has not started may change its scheduling directives';
        reportDifferences(
          context,
          pair.new,
          found,
          (difference) =>
            `${changed(pair.new, difference)}, but a Job's pod template cannot change after creation (the API server refuses: ${suspended && resourcesMutable ? 'spec.template.spec' : 'spec.template'}: field is immutable; ${exception}); ${way}`,
        );
      },
    };
  },
});

function hasTrueCondition(status: PlainObject | undefined, type: string): boolean {
  return asArray(status?.conditions).some(
    (condition) => isObject(condition) && condition.type === type && condition.status === 'True',
  );
}

/** What the API server copies from the new template into the old one before comparing (AllowMutableSchedulingDirectives). */
function copySchedulingDirectives(oldTemplate: PlainObject, template: PlainObject): void {
  const oldPodSpec = asObject(oldTemplate.spec) ?? {};
  const podSpec = asObject(template.spec) ?? {};
  const oldAffinity = asObject(oldPodSpec.affinity);
  const newAffinity = asObject(podSpec.affinity);
  if (!newAffinity && oldAffinity) {
    const rest = { ...oldAffinity };
    delete rest.nodeAffinity;
    if (Object.keys(rest).length === 0) delete oldPodSpec.affinity;
    else oldPodSpec.affinity = rest;
  } else if (newAffinity && !oldAffinity) {
    oldPodSpec.affinity = { nodeAffinity: newAffinity.nodeAffinity };
  } else if (newAffinity && oldAffinity) {
    oldPodSpec.affinity = { ...oldAffinity, nodeAffinity: newAffinity.nodeAffinity };
  }
  for (const key of ['nodeSelector', 'tolerations', 'schedulingGates']) oldPodSpec[key] = podSpec[key];
  const metadata = { ...(asObject(oldTemplate.metadata) ?? {}) };
  const newMetadata = asObject(template.metadata) ?? {};
  metadata.labels = newMetadata.labels;
  metadata.annotations = newMetadata.annotations;
  oldTemplate.metadata = metadata;
  oldTemplate.spec = oldPodSpec;
}

/** validatePodResourceUpdatesOnly: resources follow the new spec for containers matched by position and name. */
function copyResources(oldPodSpec: PlainObject, podSpec: PlainObject): void {
  for (const list of ['containers', 'initContainers']) {
    const before = asArray(oldPodSpec[list]);
    const after = asArray(podSpec[list]);
    if (before.length !== after.length) continue;
    before.forEach((container, i) => {
      const next = after[i];
      if (isObject(container) && isObject(next) && container.name === next.name) container.resources = next.resources;
    });
  }
}
