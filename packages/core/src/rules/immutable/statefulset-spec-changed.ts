import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { compareAt, differences, valueAtPath, type Difference } from '../../update/update-view.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, reportDifferences } from './utils/report.js';

/** The StatefulSet fields that never change; everything else in its spec may. */
const IMMUTABLE: readonly FieldPath[] = [
  ['spec', 'selector'],
  ['spec', 'serviceName'],
  ['spec', 'podManagementPolicy'],
];

export default defineRule({
  meta: {
    id: 'immutable/statefulset-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A StatefulSet's selector, serviceName, podManagementPolicy and volumeClaimTemplates may not change.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetUpdate' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/v1',
        function: 'Validate_StatefulSetSpec',
        field: 'podManagementPolicy',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/v1', function: 'Validate_StatefulSetSpec', field: 'serviceName' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/v1',
        function: 'Validate_StatefulSetSpec',
        field: 'volumeClaimTemplates',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/v1', function: 'Validate_StatefulSetSpec', field: 'selector' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'StatefulSet', ['apps'])) return;
        const view = context.updateView(pair);
        const found: Difference[] = [];
        for (const path of IMMUTABLE) {
          const difference = compareAt(view, path);
          if (difference) found.push(difference);
        }
        const templatesPath: FieldPath = ['spec', 'volumeClaimTemplates'];
        differences(valueAtPath(view.old, templatesPath), valueAtPath(view.next, templatesPath), templatesPath, found);
        const name = pair.new.name ?? '<name>';
        reportDifferences(context, pair.new, found, (difference) => {
          const field = String(difference.path[1]);
          const storage =
            field === 'volumeClaimTemplates' && difference.path.includes('storage')
              ? '; to grow storage, also expand each existing claim (`kubectl patch pvc <template>-' + name + '-0 …`)'
              : '';
          return `${changed(pair.new, difference)}, but a StatefulSet's ${field} cannot change after creation (the API server refuses the update: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden); delete the StatefulSet but keep its Pods and volumes (\`kubectl delete statefulset ${name} --cascade=orphan\`) and apply the new one, which adopts them${storage}`;
        });
      },
    };
  },
});
