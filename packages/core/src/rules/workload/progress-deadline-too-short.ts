import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';

/** The Deployment default when progressDeadlineSeconds is left out. */
const DEFAULT_PROGRESS_DEADLINE = 600;

export default defineRule({
  meta: {
    id: 'workload/progress-deadline-too-short',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Deployment'],
    description: 'A Deployment progressDeadlineSeconds (600 by default) must be greater than minReadySeconds.',
    fixable: false,
    source: 'ValidateDeploymentSpec (pkg/apis/apps/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDeploymentSpec',
        type: 'Invalid',
        field: 'progressDeadlineSeconds',
      },
    ],
    messages: {
      tooShort:
        'progressDeadlineSeconds{{defaulted}} is {{deadline}}, not more than minReadySeconds ({{minReady}}), so every rollout would time out before a pod counts as available; the API server refuses the Deployment: make the deadline longer than minReadySeconds',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['Deployment'])) return;
        const spec = specOf(resource);
        // minReadySeconds defaults to 0, so a deadline of 0 is refused on its own.
        const minReady = spec?.minReadySeconds ?? 0;
        if (!spec || typeof minReady !== 'number' || !Number.isInteger(minReady)) return;
        const written = spec?.progressDeadlineSeconds;
        const deadline = written === undefined || written === null ? DEFAULT_PROGRESS_DEADLINE : written;
        if (typeof deadline !== 'number' || !Number.isInteger(deadline) || deadline > minReady) return;
        const defaulted = deadline === written ? '' : ' (by default)';
        context.report({
          resource,
          path: ['spec', 'progressDeadlineSeconds'],
          messageId: 'tooShort',
          data: { defaulted, deadline, minReady },
          related: [{ path: ['spec', 'minReadySeconds'], message: 'minReadySeconds, which the deadline must exceed' }],
        });
      },
    };
  },
});
