import { defineRule } from '../../engine/rule.js';
import type { Resource } from '../../model/resource.js';
import { asObject, isSet } from '../../model/values.js';
import { jobSpecOf } from './utils/job-specs.js';

export default defineRule({
  meta: {
    id: 'job/selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A Job with manualSelector: true needs a selector; a CronJob’s job template may set neither selector nor manualSelector: true.',
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'ValidateJobSpec',
        type: 'Required',
        field: 'selector',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'ValidateJobTemplateSpec' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/batch/validation',
        function: 'validateGeneratedSelector',
        field: 'selector',
      },
    ],
    messages: {
      notGenerated:
        'the selector requires {{label}}, but without manualSelector: true the API server generates the selector from the Job’s uid and refuses one its pods would not match (`selector` not auto-generated); remove spec.selector, or set manualSelector: true and label the pod template to match',
      manualWithoutSelector:
        'manualSelector is true, so the API server does not generate the selector, and it refuses the Job without one; add spec.selector or remove manualSelector',
      templateSelector:
        'a CronJob’s Jobs get a selector generated from their own uid, so the API server refuses one in the job template (selector will be auto-generated); remove it',
      templateManual:
        'a CronJob’s Jobs always get a generated selector, so the API server refuses manualSelector: true in the job template; remove it',
    },
  },
  create(context) {
    // On update the stored Job keeps the selector the API server generated for it; only one the old
    // manifest wrote (and kubectl apply now removes) goes away.
    const keepsSelector = new Set<Resource>();
    const updated = new Set<Resource>();
    return {
      update(pair) {
        updated.add(pair.new);
        if (context.updateView(pair).live || !isSet(asObject(pair.old.object.spec)?.selector))
          keepsSelector.add(pair.new);
      },
      input(resources) {
        for (const resource of resources) {
          const site = jobSpecOf(resource);
          if (!site) continue;
          const manual = site.spec.manualSelector === true;
          if (resource.kind === 'Job') {
            if (manual && !isSet(site.spec.selector) && !keepsSelector.has(resource))
              context.report({ resource, path: [...site.path, 'selector'], messageId: 'manualWithoutSelector' });
            // validateGeneratedSelector runs on create only.
            const label = manual || updated.has(resource) ? undefined : labelTheGeneratedSelectorMisses(resource);
            if (label !== undefined)
              context.report({
                resource,
                path: [...site.path, 'selector'],
                messageId: 'notGenerated',
                data: { label },
              });
            continue;
          }
          if (isSet(site.spec.selector))
            context.report({ resource, path: [...site.path, 'selector'], messageId: 'templateSelector' });
          if (manual) context.report({ resource, path: [...site.path, 'manualSelector'], messageId: 'templateManual' });
        }
      },
    };
  },
});

/** Labels the API server gives a Job's pods, by name: the job name ones hold the Job's name. */
const JOB_NAME_LABELS = new Set(['job-name', 'batch.kubernetes.io/job-name']);

/**
 * The first `key=value` of a written selector that the pods of a generated selector cannot carry:
 * they are labelled with the Job's name and its new uid only (generateSelector keeps the written
 * matchLabels and adds the uid). Expressions are left alone: some match those labels.
 */
function labelTheGeneratedSelectorMisses(resource: Resource): string | undefined {
  const matchLabels = asObject(asObject(asObject(resource.object.spec)?.selector)?.matchLabels);
  const name = asObject(resource.object.metadata)?.name;
  for (const [key, value] of Object.entries(matchLabels ?? {})) {
    if (typeof value !== 'string') continue;
    if (JOB_NAME_LABELS.has(key) && (value === name || typeof name !== 'string')) continue;
    return `${key}=${value}`;
  }
  return undefined;
}
