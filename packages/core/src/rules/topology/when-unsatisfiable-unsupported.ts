import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { goString, quoteList } from '../../model/values.js';
import { spreadConstraints, WHEN_UNSATISFIABLE } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/when-unsatisfiable-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'whenUnsatisfiable must be exactly DoNotSchedule or ScheduleAnyway, and it is required.',
    fixable: true,
    podSpecFields: ['topologySpreadConstraints'],
    reportsSchemaProblems: [
      { problems: ['required', 'enum'], field: 'core.v1.TopologySpreadConstraint.whenUnsatisfiable' },
    ],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateWhenUnsatisfiable' }],
    messages: {
      whenUnsatisfiableMissing:
        'the constraint has no whenUnsatisfiable; despite the documented default nothing fills it in, so the API server refuses it (supported values: {{WHEN_UNSATISFIABLE}}); add whenUnsatisfiable: DoNotSchedule for a hard rule or ScheduleAnyway for a preference',
      whenUnsatisfiableUnsupported:
        'whenUnsatisfiable {{value}} is not supported: the API server accepts exactly {{WHEN_UNSATISFIABLE}} (case-sensitive) and refuses the object{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const value = goString(constraint.whenUnsatisfiable);
          if (value === undefined || (WHEN_UNSATISFIABLE as readonly string[]).includes(value)) continue;
          const fieldPath = [...path, 'whenUnsatisfiable'];
          const corrected =
            value === '' ? undefined : caseFix(value, WHEN_UNSATISFIABLE, fieldPath, 'whenUnsatisfiable');
          context.report({
            resource,
            path: fieldPath,
            ...(value === ''
              ? { messageId: 'whenUnsatisfiableMissing', data: { WHEN_UNSATISFIABLE: quoteList(WHEN_UNSATISFIABLE) } }
              : {
                  messageId: 'whenUnsatisfiableUnsupported',
                  data: {
                    value: JSON.stringify(value),
                    WHEN_UNSATISFIABLE: quoteList(WHEN_UNSATISFIABLE),
                    advice: corrected
                      ? `; write "${corrected.value}"`
                      : '; use DoNotSchedule for a hard rule or ScheduleAnyway for a preference',
                  },
                }),
            fix: corrected?.fix,
          });
        }
      },
    };
  },
});
