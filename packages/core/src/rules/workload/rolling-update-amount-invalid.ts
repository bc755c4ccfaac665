import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { intOrPercentProblem, isZeroAmount, readIntOrPercent } from '../../model/int-or-percent.js';
import { asObject, isSet } from '../../model/values.js';
import { compareVersions, type KubernetesVersion } from '../../release/versions.js';

/** Where each kind keeps its rolling-update amounts, and which of them may not exceed 100%. */
const TARGETS: ReadonlyArray<{
  kind: string;
  strategy: string;
  fields: ReadonlyArray<{ name: string; percentLimit: boolean; notZero?: boolean }>;
  /** The release whose default feature gates first keep the fields (older ones drop them). */
  since?: KubernetesVersion;
}> = [
  {
    kind: 'Deployment',
    strategy: 'strategy',
    fields: [
      { name: 'maxUnavailable', percentLimit: true },
      { name: 'maxSurge', percentLimit: false },
    ],
  },
  {
    kind: 'DaemonSet',
    strategy: 'updateStrategy',
    fields: [
      { name: 'maxUnavailable', percentLimit: true },
      { name: 'maxSurge', percentLimit: true },
    ],
  },
  {
    // MaxUnavailableStatefulSet is on by default from 1.37; before, the API server drops the field.
    kind: 'StatefulSet',
    strategy: 'updateStrategy',
    fields: [{ name: 'maxUnavailable', percentLimit: true, notZero: true }],
    since: '1.37',
  },
];

export default defineRule({
  meta: {
    id: 'workload/rolling-update-amount-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Rolling-update maxSurge and maxUnavailable must be a non-negative integer or a percentage such as "25%" (maxUnavailable at most 100%, not 0 in a StatefulSet).',
    fixable: true,
    kinds: ['Deployment', 'DaemonSet', 'StatefulSet'],
    source:
      'ValidatePositiveIntOrPercent, IsNotMoreThan100Percent via ValidateRollingUpdateDeployment, ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidatePositiveIntOrPercent' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'IsNotMoreThan100Percent' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'validateRollingUpdateStatefulSet',
        field: 'maxUnavailable',
      },
    ],
    messages: {
      negative:
        '{{field}} is {{value}}: a number of pods cannot be negative, so the API server refuses the {{kind}}; use 0 or more',
      format:
        '{{field}} "{{value}}" is neither a number nor a percentage such as "25%", so the API server refuses the {{kind}}{{hint}}',
      zero: '{{field}} is {{value}}: a StatefulSet rolling update takes down at least one pod at a time, so the API server refuses 0 (cannot be 0); use 1 or more, or leave it out for 1',
      over100:
        '{{field}} is {{value}}, more than 100% of the pods, so the API server refuses the {{kind}}; use at most "100%"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const target = TARGETS.find((candidate) => isBuiltin(resource, 'apps', [candidate.kind]));
        if (!target) return;
        if (target.since && compareVersions(context.kubernetesVersion, target.since) < 0) return;
        const strategy = asObject(specOf(resource)?.[target.strategy]);
        // Only a rolling update validates these amounts (the type defaults to RollingUpdate).
        if (isSet(strategy?.type) && strategy?.type !== '' && strategy?.type !== 'RollingUpdate') return;
        const rollingUpdate = asObject(strategy?.rollingUpdate);
        if (!rollingUpdate) return;
        for (const field of target.fields) {
          const raw = rollingUpdate[field.name];
          const parsed = readIntOrPercent(raw);
          const problem =
            (parsed && intOrPercentProblem(parsed, field.percentLimit)) ??
            (field.notZero && isZeroAmount(parsed) ? { messageId: 'zero' } : undefined);
          if (!problem) continue;
          const path = ['spec', target.strategy, 'rollingUpdate', field.name];
          const digits = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
          context.report({
            resource,
            path,
            messageId: problem.messageId,
            data: {
              field: field.name,
              value: String(raw),
              kind: resource.kind,
              hint: digits !== undefined ? `; write the number without quotes (${digits}) or add "%"` : '',
            },
            ...(digits !== undefined
              ? { fix: { description: `Write ${digits} as a number`, replaceValues: [{ path, value: digits }] } }
              : {}),
          });
        }
      },
    };
  },
});
