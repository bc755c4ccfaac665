import type { BaselineCheck } from './baseline-check.js';

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export const check: BaselineCheck = {
  id: 'hostNamespaces',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'hostNamespaces_1_0' },
  what: 'the pod sets {{field}}: true',
  fix: 'remove it (expose the pod through a Service instead), or run it in a namespace with a privileged level',
  violations: (site) =>
    HOST_NAMESPACES.filter((field) => site.spec[field] === true).map((field) => ({
      path: [...site.path, field],
      data: { field },
    })),
};
