import { defineRule } from '../../engine/rule.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { change, compareAt } from '../../update/update-view.js';
import { IMMUTABLE_MESSAGES, isUpdateOf, provenance, report } from './utils/report.js';

const KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet'];
/** extensions/v1beta1 served the same objects; its selector defaulted to the template labels. */
const GROUPS = ['apps', 'extensions'];

export default defineRule({
  meta: {
    id: 'immutable/workload-selector-changed',
    severity: 'error',
    origin: 'api-error',
    description: 'The selector of a Deployment, ReplicaSet or DaemonSet may not change.',
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateReplicaSetUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDaemonSetSpecUpdate' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        const kind = pair.new.kind;
        if (!KINDS.includes(kind) || !isUpdateOf(pair, kind, GROUPS)) return;
        const view = context.updateView(pair);
        const old = pair.old.group === 'extensions' ? withLegacySelector(view.old) : view.old;
        const difference = compareAt({ ...view, old }, ['spec', 'selector']);
        if (!difference) return;
        const name = pair.new.name ?? '<name>';
        report(
          context,
          pair.new,
          difference.path,
          `spec.selector changes ${change(difference.old, difference.new)}${provenance(pair.new, difference)}, but a ${kind}'s selector cannot change after creation (the API server refuses: spec.selector: field is immutable); keep the old selector and add new labels only to the template, or delete the ${kind} without its Pods (\`kubectl delete ${kind.toLowerCase()} ${name} --cascade=orphan\`) and apply the new one, or use a new name`,
        );
      },
    };
  },
});

/** An extensions/v1beta1 object without a selector had one defaulted from its template labels. */
function withLegacySelector(object: PlainObject): PlainObject {
  const spec = asObject(object.spec);
  if (!spec || spec.selector !== undefined) return object;
  const labels = asObject(asObject(asObject(spec.template)?.metadata)?.labels);
  if (!labels) return object;
  return { ...object, spec: { ...spec, selector: { matchLabels: labels } } };
}
