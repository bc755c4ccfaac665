import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { isZeroAmount, readIntOrPercent } from '../../model/int-or-percent.js';
import { asObject, isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'workload/daemonset-surge-and-unavailable',
    severity: 'error',
    origin: 'api-error',
    kinds: ['DaemonSet'],
    description:
      'A DaemonSet rolling update needs exactly one of maxSurge and maxUnavailable non-zero; maxUnavailable defaults to 1.',
    fixable: false,
    source: 'ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateRollingUpdateDaemonSet',
        type: 'Invalid',
        field: 'maxSurge',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateRollingUpdateDaemonSet',
        type: 'Required',
        field: 'maxUnavailable',
      },
    ],
    messages: {
      both: "maxSurge and maxUnavailable{{defaulted}} are both non-zero, but a DaemonSet replaces a node's pod either surge-first or unavailable-first, so the API server refuses it; set maxUnavailable: 0 to surge, or remove maxSurge",
      neither:
        'maxSurge and maxUnavailable are both 0, so the rollout could never replace a pod, and the API server refuses the DaemonSet; set one of them (e.g. maxUnavailable: 1)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['DaemonSet'])) return;
        const strategy = asObject(specOf(resource)?.updateStrategy);
        if (isSet(strategy?.type) && strategy?.type !== '' && strategy?.type !== 'RollingUpdate') return;
        const rollingUpdate = asObject(strategy?.rollingUpdate) ?? {};
        const unavailableWritten = isSet(rollingUpdate.maxUnavailable);
        const surgeZero = isSet(rollingUpdate.maxSurge) ? isZeroAmount(readIntOrPercent(rollingUpdate.maxSurge)) : true;
        const unavailableZero = unavailableWritten
          ? isZeroAmount(readIntOrPercent(rollingUpdate.maxUnavailable))
          : false;
        if (surgeZero === undefined || unavailableZero === undefined) return;
        const base = ['spec', 'updateStrategy', 'rollingUpdate'];
        if (!surgeZero && !unavailableZero) {
          context.report({
            resource,
            path: [...base, 'maxSurge'],
            messageId: 'both',
            data: { defaulted: unavailableWritten ? '' : ' (1 by default)' },
          });
        } else if (surgeZero && unavailableZero) {
          context.report({ resource, path: [...base, 'maxUnavailable'], messageId: 'neither' });
        }
      },
    };
  },
});
