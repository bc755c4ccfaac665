import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';

/** The labels the API server gives a Job's pod template (generateSelector), by what they must hold. */
const UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];
const NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];

export default defineRule({
  meta: {
    id: 'job/generated-label-conflict',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Job'],
    description:
      'A Job whose selector the API server generates may not set the controller-uid labels on its template, nor job-name labels other than its name.',
    fixable: true,
    // On create the API server assigns the uid the labels must carry; on update it is the stored Job's.
    createOnly: true,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateHasLabel', type: 'Invalid' }],
    messages: {
      controllerUid:
        'the pod template sets label {{label}}, which the API server sets itself to the Job’s uid (assigned on create) to select the Job’s pods; any other value is refused; remove the label, or set manualSelector: true with a selector of your own',
      jobName:
        'the pod template sets label {{label}} to {{value}}, but the API server requires the Job’s name, {{name}}, there; remove the label (the API server adds it) or set it to {{name}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'batch', ['Job'])) return;
        const spec = specOf(resource);
        if (!spec || spec.manualSelector === true) return;
        const labels = asObject(asObject(asObject(spec.template)?.metadata)?.labels);
        if (!labels) return;
        const name = asObject(resource.object.metadata)?.name;
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
