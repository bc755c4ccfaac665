import type { BaselineCheck } from './baseline-check.js';
import { checkedContainers, inUserNamespace } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'procMount',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'procMount1_35baseline' },
  what: '{{container}} sets securityContext.procMount: {{value}}',
  fix: 'remove procMount (or set Default), or run the pod in a namespace with a privileged level',
  // procMount_restricted (1.35) is this check without the relief for pods in a user namespace.
  violations: (site, minor, level) =>
    level !== 'restricted' && inUserNamespace(site, minor)
      ? []
      : checkedContainers(site)
          .filter((container) => {
            const value = container.securityContext.procMount;
            return value !== undefined && value !== null && value !== 'Default';
          })
          .map((container) => ({
            path: [...container.path, 'procMount'],
            data: { container: container.name, value: String(container.securityContext.procMount) },
          })),
};
