import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';

/** The labels the API server gives a Job's pod template (generateSelector), by what they must hold. */
const UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];
const NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];
/** A label value's limit: the API server copies the Job's name into the job-name labels it adds. */
const LABEL_VALUE_MAX = 63;

export default defineRule({
  meta: {
    id: 'job/generated-label-conflict',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job'],
    description:
      'A Job with a generated selector may not set controller-uid labels, nor job-name labels other than its name, which fits a label value (63 characters).',
    fixable: true,
    // On create the API server assigns the uid the labels must carry; on update it is the stored Job's.
    createOnly: true,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateHasLabel', type: 'Invalid' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabels', type: 'Invalid' },
    ],
    messages: {
      controllerUid:
        'the pod template sets label {{label}}, which the API server sets itself to the Job’s uid (assigned on create) to select the Job’s pods; any other value is refused; remove the label, or set manualSelector: true with a selector of your own',
      jobName:
        'the pod template sets label {{label}} to {{value}}, but the API server requires the Job’s name, {{name}}, there; remove the label (the API server adds it) or set it to {{name}}',
      nameTooLong:
        'the Job’s name is {{length}} characters long; the API server copies it into the pod template’s {{labels}} label, and a label value may be at most 63 characters, so it refuses the Job (spec.template.labels: must be no more than 63 bytes); shorten the name to 63 characters or fewer',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['Job'])) return;
        const spec = specOf(resource);
        if (!spec || spec.manualSelector === true) return;
        const labels = asObject(asObject(asObject(spec.template)?.metadata)?.labels);
        const name = asObject(resource.object.metadata)?.name;
        // generateSelector adds only the name labels the template lacks; a written one is checked as written.
        const added = NAME_LABELS.filter((label) => labels?.[label] === undefined);
        if (typeof name === 'string' && name.length > LABEL_VALUE_MAX && added.length > 0)
          context.report({
            resource,
            path: ['metadata', 'name'],
            messageId: 'nameTooLong',
            data: { length: name.length, labels: added.join(' and ') },
          });
        if (!labels) return;
        for (const [label, value] of Object.entries(labels)) {
          const path = ['spec', 'template', 'metadata', 'labels', label];
          if (UID_LABELS.includes(label))
            context.report({ resource, path, messageId: 'controllerUid', data: { label } });
          // Without a name, the API server generates one a manifest cannot know.
          else if (
            NAME_LABELS.includes(label) &&
            typeof value === 'string' &&
            typeof name === 'string' &&
            name !== '' &&
            value !== name
          )
            context.report({
              resource,
              path,
              messageId: 'jobName',
              data: { label, value: JSON.stringify(value), name },
              fix: {
                description: `Set label ${label} to ${name}`,
                replaceValues: [{ path, value: name }],
              },
            });
        }
      },
    };
  },
});
