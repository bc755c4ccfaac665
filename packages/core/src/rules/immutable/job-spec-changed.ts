import { defineRule } from '../../engine/rule.js';
import { compareVersions, type KubernetesVersion } from '../../release/versions.js';
import type { FieldPath } from '../../model/path.js';
import { asObject } from '../../model/values.js';
import { change, compareAt } from '../../update/update-view.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, recreateHint, report } from './utils/report.js';

/** Job spec fields compared with ValidateImmutableField, and the release their check applies from. */
const IMMUTABLE: ReadonlyArray<{ path: FieldPath; since?: KubernetesVersion }> = [
  { path: ['spec', 'selector'] },
  { path: ['spec', 'completionMode'] },
  { path: ['spec', 'podFailurePolicy'] },
  { path: ['spec', 'backoffLimitPerIndex'] },
  // Behind feature gates that were off by default before: the field was dropped, not refused.
  { path: ['spec', 'successPolicy'], since: '1.31' },
  { path: ['spec', 'managedBy'], since: '1.32' },
];

export default defineRule({
  meta: {
    id: 'immutable/job-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description:
      "A Job's selector, completionMode, completions, podFailurePolicy, backoffLimitPerIndex, successPolicy and managedBy may not change.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'ValidateJobSpecUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/batch/validation', function: 'validateCompletions' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'Job', ['batch'])) return;
        const view = context.updateView(pair);
        const way = recreateHint('Job', pair.new);
        for (const field of IMMUTABLE) {
          if (field.since && compareVersions(context.kubernetesVersion, field.since) < 0) continue;
          const difference = compareAt(view, field.path);
          if (!difference) continue;
          report(
            context,
            pair.new,
            field.path,
            `${changed(pair.new, difference)}, but a Job's ${String(field.path[1])} cannot change after creation (the API server refuses: ${String(field.path.join('.'))}: field is immutable); ${way}`,
          );
        }
        const completions = compareAt(view, ['spec', 'completions']);
        if (!completions) return;
        const spec = asObject(view.next.spec) ?? {};
        if (spec.completionMode !== 'Indexed') {
          report(
            context,
            pair.new,
            completions.path,
            `${changed(pair.new, completions)}, but the completions of a NonIndexed Job cannot change (the API server refuses: spec.completions: field is immutable); ${way}`,
          );
        } else if (completions.new !== undefined && completions.new !== spec.parallelism) {
          report(
            context,
            pair.new,
            completions.path,
            `spec.completions changes ${change(completions.old, completions.new)} while spec.parallelism is ${JSON.stringify(spec.parallelism)}, but an Indexed Job may only scale completions and parallelism together to the same value (the API server refuses: can only be modified in tandem with spec.parallelism); set spec.parallelism to ${JSON.stringify(completions.new)} as well`,
          );
        }
      },
    };
  },
});
