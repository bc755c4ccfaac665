import { defineRule } from '../../engine/rule.js';
import { asObject, objectEntries } from '../../model/values.js';

/** The IPC-namespaced sysctls by name (component-helpers' sysctl.nameToNamespace). */
const IPC_NAMES = new Set([
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
  'kernel.shm',
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.msg',
]);

/** sysctl.NormalizeName: a name whose first separator is "/" has its "/" and "." swapped. */
function normalize(name: string): string {
  const first = name.search(/[./]/);
  if (first === -1 || name[first] === '.') return name;
  return name.replace(/[./]/g, (separator) => (separator === '.' ? '/' : '.'));
}

/** sysctl.GetNamespace, for the two namespaces a pod can share with its node. */
function hostNamespaceOf(name: string): 'hostNetwork' | 'hostIPC' | undefined {
  let normalized = normalize(name);
  const star = normalized.indexOf('*');
  if (star !== -1) normalized = normalized.slice(0, star);
  if (IPC_NAMES.has(normalized) || normalized.startsWith('fs.mqueue.')) return 'hostIPC';
  if (normalized.startsWith('net.')) return 'hostNetwork';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'security/sysctl-host-namespace',
    severity: 'error',
    origin: 'api-error',
    description:
      'A pod that shares the node’s network (hostNetwork) or IPC namespace (hostIPC) cannot set sysctls of that namespace.',
    fixable: false,
    podSpecFields: ['securityContext'],
    // On update the API server lets a pod keep such sysctls when the old version already had them
    // (AllowNamespacedSysctlsForHostNetAndHostIPC); podlint judges new objects only.
    createOnly: true,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateHostSysctl' }],
    messages: {
      shared:
        'sysctl {{name}} belongs to the {{namespace}} namespace, which this pod shares with its node ({{field}}: true): it would change the node, so the API server refuses the pod; remove the sysctl or {{field}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const [index, sysctl] of objectEntries(asObject(site.spec.securityContext)?.sysctls)) {
          if (typeof sysctl.name !== 'string') continue;
          const field = hostNamespaceOf(sysctl.name);
          if (!field || site.spec[field] !== true) continue;
          context.report({
            resource,
            path: [...site.path, 'securityContext', 'sysctls', index, 'name'],
            messageId: 'shared',
            data: {
              name: JSON.stringify(sysctl.name),
              namespace: field === 'hostNetwork' ? 'network' : 'IPC',
              field,
            },
          });
        }
      },
    };
  },
});
