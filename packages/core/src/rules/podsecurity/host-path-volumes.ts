import { isSet, objectEntries } from '../../model/values.js';
import { baselineRule, type BaselineCheck } from './utils/baseline-check.js';

export const check: BaselineCheck = {
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'hostPathVolumes_1_0' },
  what: 'volume {{volume}} is a hostPath volume',
  fix: 'use an emptyDir, a PersistentVolumeClaim or a ConfigMap instead, or run the pod in a namespace with a privileged level',
  violations: (site) =>
    objectEntries(site.spec.volumes)
      .filter(([, volume]) => isSet(volume.hostPath))
      .map(([index, volume]) => ({ path: [...site.path, 'volumes', index, 'hostPath'], data: { volume: typeof volume.name === 'string' ? `"${volume.name}"` : `volumes[${index}]` } })),
};

export default baselineRule({
  id: 'podsecurity/host-path-volumes',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not mount hostPath volumes.',
  help: [
    'A hostPath volume gives the pod a directory of the node\'s file system, from which it can read secrets of other pods or take over the node. A namespace labelled `pod-security.kubernetes.io/enforce: baseline` (or `restricted`) forbids it: PodSecurity admission refuses such a Pod, and the pods of such a template.',
    '',
    'Bad:',
    '```yaml',
    'volumes:',
    '  - name: logs',
    '    hostPath: {path: /var/log}',
    '```',
    'Good:',
    '```yaml',
    'volumes:',
    '  - name: logs',
    '    emptyDir: {}',
    '```',
  ].join('\n'),
  check,
});
