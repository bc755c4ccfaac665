import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { handlerSites } from '../../model/probes.js';
import { asNumber } from '../../model/values.js';
import { describeHandler, podGracePeriod, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/lifecycle-sleep-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: "A lifecycle sleep must not be negative or longer than the pod's terminationGracePeriodSeconds.",
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    versions: { since: '1.30' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateSleepAction' }],
    messages: {
      lifecycleSleepOutOfRange: '{{handler}} {{problem}}; the API server refuses it ({{serverText}}); {{advice}}',
    },
  },
  create(context) {
    const zeroAllowed = compareVersions(context.kubernetesVersion, '1.33') >= 0;
    return {
      podSpec(site, resource) {
        const grace = podGracePeriod(site);
        if (grace === undefined) return;
        for (const handler of handlerSites(site)) {
          const sleep = validatedAction(handler, context.kubernetesVersion, 'sleep');
          if (!sleep) continue;
          const raw = sleep.action.seconds;
          const seconds = raw === undefined || raw === null ? 0 : asNumber(raw);
          if (seconds === undefined) continue;
          if (seconds >= 0 && seconds <= grace && (zeroAllowed || seconds > 0)) continue;
          const serverText = zeroAllowed
            ? `must be non-negative and less than terminationGracePeriodSeconds (${grace})`
            : `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`;
          const problem =
            seconds > grace
              ? `sleeps ${seconds}s, longer than the pod's terminationGracePeriodSeconds (${grace}), so the container would be killed before the sleep ends`
              : seconds < 0
                ? `sleeps ${seconds}s, a negative duration`
                : `sleeps 0s, which Kubernetes ${context.kubernetesVersion} does not accept (zero sleeps need 1.33+)`;
          const advice =
            seconds > grace
              ? `shorten the sleep to at most ${grace}s or raise the pod's terminationGracePeriodSeconds`
              : 'use a positive number of seconds';
          context.report({
            resource,
            path: sleep.path,
            messageId: 'lifecycleSleepOutOfRange',
            data: { handler: describeHandler(handler), problem, serverText, advice },
          });
        }
      },
    };
  },
});
