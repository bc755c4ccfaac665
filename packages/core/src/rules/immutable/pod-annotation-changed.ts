import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { IMMUTABLE_MESSAGES, isUpdateOf, report } from './utils/report.js';

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const MIRROR = 'kubernetes.io/config.mirror';

export default defineRule({
  meta: {
    id: 'immutable/pod-annotation-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A Pod's AppArmor and mirror-pod annotations may not be added, changed or removed on update.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpecificAnnotationUpdates' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'Pod', [''])) return;
        const view = context.updateView(pair);
        const before = asObject(asObject(view.old.metadata)?.annotations) ?? {};
        const after = asObject(asObject(view.next.metadata)?.annotations) ?? {};
        const frozen = (key: string): boolean => key.startsWith(APPARMOR_PREFIX) || key === MIRROR;
        const what = (key: string): string =>
          key === MIRROR
            ? 'the mirror-pod annotation marks a static Pod managed by its node'
            : 'AppArmor annotations were applied when the containers started';
        for (const [key, value] of Object.entries(before)) {
          if (!frozen(key) || after[key] === value) continue;
          const removed = !(key in after);
          report(
            context,
            pair.new,
            ['metadata', 'annotations', key],
            `the annotation ${key} is ${removed ? 'removed' : `changed from ${JSON.stringify(value)} to ${JSON.stringify(after[key])}`}, but ${what(key)}, so the API server refuses to ${removed ? 'remove' : 'update'} it on a running Pod; keep the old value, or delete and re-create the Pod`,
          );
        }
        for (const key of Object.keys(after)) {
          if (!frozen(key) || key in before) continue;
          report(
            context,
            pair.new,
            ['metadata', 'annotations', key],
            `the annotation ${key} is added, but ${what(key)}, so the API server refuses to add it to an existing Pod; ${key === MIRROR ? 'remove it' : 'set securityContext.appArmorProfile in a new Pod instead (delete and re-create it)'}`,
          );
        }
      },
    };
  },
});
