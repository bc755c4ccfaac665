import { defineRule } from '../../engine/rule.js';
import { asObject, isSet } from '../../model/values.js';
import { securityContextsOf } from '../../model/security-contexts.js';

/** Linux-only fields validateWindows forbids, by security context level. */
const WINDOWS_FORBIDDEN_POD_CONTEXT = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
];
const WINDOWS_FORBIDDEN_CONTAINER_CONTEXT = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];
const WINDOWS_FORBIDDEN_SPEC = ['hostUsers', 'shareProcessNamespace'];
const WINDOWS_FORBIDDEN_WHEN_TRUE = ['hostPID', 'hostIPC'];

export default defineRule({
  meta: {
    id: 'pod/os-fields-forbidden',
    severity: 'error',
    origin: 'api-error',
    description:
      'A pod with os.name windows cannot set Linux-only fields; one with os.name linux cannot set windowsOptions.',
    fixable: false,
    podSpecFields: ['os'],
    source: 'validateWindows, validateLinux (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateWindows', type: 'Forbidden' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLinux', type: 'Forbidden' },
    ],
    messages: {
      windows:
        '{{owner}} sets {{field}}, a Linux-only setting, but the pod declares os.name windows, so the API server refuses the object; remove it (Windows pods use securityContext.windowsOptions)',
      linux:
        '{{owner}} sets securityContext.windowsOptions, but the pod declares os.name linux, so the API server refuses the object; remove windowsOptions',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const os = asObject(site.spec.os)?.name;
        if (os === 'windows') {
          for (const field of WINDOWS_FORBIDDEN_SPEC)
            if (isSet(site.spec[field]))
              context.report({
                resource,
                path: [...site.path, field],
                messageId: 'windows',
                data: { owner: 'the pod', field },
              });
          for (const field of WINDOWS_FORBIDDEN_WHEN_TRUE)
            if (site.spec[field] === true)
              context.report({
                resource,
                path: [...site.path, field],
                messageId: 'windows',
                data: { owner: 'the pod', field },
              });
          for (const security of securityContextsOf(site)) {
            const fields =
              security.level === 'pod' ? WINDOWS_FORBIDDEN_POD_CONTEXT : WINDOWS_FORBIDDEN_CONTAINER_CONTEXT;
            for (const field of fields) {
              const value = security.context[field];
              // An empty sysctls list is not "set" for the API server (it checks the length).
              if (!isSet(value) || (field === 'sysctls' && Array.isArray(value) && value.length === 0)) continue;
              context.report({
                resource,
                path: [...security.path, field],
                messageId: 'windows',
                data: { owner: security.owner, field: `securityContext.${field}` },
              });
            }
          }
        } else if (os === 'linux') {
          for (const security of securityContextsOf(site)) {
            if (isSet(security.context.windowsOptions))
              context.report({
                resource,
                path: [...security.path, 'windowsOptions'],
                messageId: 'linux',
                data: { owner: security.owner },
              });
          }
        }
      },
    };
  },
});
