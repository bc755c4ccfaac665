import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject } from '../../model/values.js';
import { IMMUTABLE_MESSAGES, isUpdateOf, report } from './utils/report.js';

/** Where each workload keeps its strategy, and the type that may carry rollingUpdate settings. */
/**
 * A Deployment's strategy is patched with retainKeys, so apply clears its rollingUpdate itself; a
 * StatefulSet's updateStrategy is merged like any struct and keeps it.
 */
const STRATEGIES: ReadonlyArray<{ kind: string; field: string; detail: string }> = [
  { kind: 'StatefulSet', field: 'updateStrategy', detail: "only allowed for updateStrategy 'RollingUpdate'" },
];

export default defineRule({
  meta: {
    id: 'immutable/rolling-update-leftover',
    severity: 'error',
    origin: 'api-error',
    description:
      'Switching a StatefulSet to OnDelete with kubectl apply keeps the stored rollingUpdate settings, which the API server refuses.',
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetSpec' }],
  },
  create(context) {
    return {
      update(pair) {
        const strategy = STRATEGIES.find(({ kind }) => isUpdateOf(pair, kind, ['apps']));
        if (!strategy) return;
        const view = context.updateView(pair);
        const next = asObject(asObject(view.next.spec)?.[strategy.field]);
        const written = asObject(asObject(pair.new.object.spec)?.[strategy.field]);
        const type = next?.type;
        if (
          !next ||
          typeof type !== 'string' ||
          type === 'RollingUpdate' ||
          next.rollingUpdate === undefined ||
          next.rollingUpdate === null
        )
          return;
        if (written && Object.prototype.hasOwnProperty.call(written, 'rollingUpdate')) return;
        const path: FieldPath = ['spec', strategy.field, 'rollingUpdate'];
        report(
          context,
          pair.new,
          path,
          `spec.${strategy.field}.type becomes ${JSON.stringify(type)}, but the ${pair.new.kind} still has the rollingUpdate settings stored with it (kubectl apply leaves fields the manifest never set), so the API server refuses the update (spec.${strategy.field}.rollingUpdate: ${strategy.detail}); add \`rollingUpdate: null\` under spec.${strategy.field}, or apply with --server-side`,
        );
      },
    };
  },
});
