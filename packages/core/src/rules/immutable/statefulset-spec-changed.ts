import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { compareAt, differences, updateViewOf, valueAtPath, type Difference } from './diff.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, reportDifferences } from './report.js';

/** The StatefulSet fields that never change; everything else in its spec may. */
const IMMUTABLE: readonly FieldPath[] = [['spec', 'selector'], ['spec', 'serviceName'], ['spec', 'podManagementPolicy']];

export default defineRule({
  meta: {
    id: 'immutable/statefulset-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A StatefulSet's selector, serviceName, podManagementPolicy and volumeClaimTemplates may not change.",
    help: [
      "A StatefulSet may change only its `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds`. Its `selector`, `serviceName`, `podManagementPolicy` and `volumeClaimTemplates` (any change: a new template, another size, storage class or access mode) are fixed at creation; the API server refuses the update (`spec: Forbidden: updates to statefulset spec for fields other than …`, from 1.37 `field is immutable` at the field). Defaults count: leaving out `podManagementPolicy` means `OrderedReady`.",
      '',
      'Delete the StatefulSet but keep its Pods and volumes (`kubectl delete statefulset <name> --cascade=orphan`), then apply the new one with the same name: it adopts the Pods. To grow storage, also expand each existing claim (`kubectl patch pvc data-<name>-0 …`), since the templates only apply to new claims.',
      '',
      'Bad (old → new):',
      '```yaml',
      'volumeClaimTemplates:',
      '  - metadata: {name: data}',
      '    spec:',
      '      resources: {requests: {storage: 10Gi}}   # → 20Gi',
      '```',
      'Good (old → new):',
      '```yaml',
      'replicas: 3   # → 5',
      '```',
    ].join('\n'),
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetUpdate' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'StatefulSet', ['apps'])) return;
        const view = updateViewOf(pair);
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
          const storage = field === 'volumeClaimTemplates' && difference.path.includes('storage')
            ? '; to grow storage, also expand each existing claim (`kubectl patch pvc <template>-' + name + '-0 …`)'
            : '';
          return `${changed(pair.new, difference)}, but a StatefulSet's ${field} cannot change after creation (the API server refuses the update: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden); delete the StatefulSet but keep its Pods and volumes (\`kubectl delete statefulset ${name} --cascade=orphan\`) and apply the new one, which adopts them${storage}`;
        });
      },
    };
  },
});
