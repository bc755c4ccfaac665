import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { asObject } from '../../model/values.js';
import {
  APPARMOR_CONTAINER_PREFIX,
  SECCOMP_CONTAINER_PREFIX,
  SECCOMP_POD_ANNOTATION,
} from './utils/profile-annotations.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

/** ValidateSeccompProfile: what is wrong with a seccomp annotation's value, or undefined. */
function seccompAnnotationError(value: string): string | undefined {
  if (value === 'runtime/default' || value === 'docker/default' || value === 'unconfined') return undefined;
  if (!value.startsWith('localhost/'))
    return 'it is none of runtime/default, docker/default, unconfined and localhost/<file>';
  const file = value.slice('localhost/'.length);
  if (file.startsWith('/')) return 'the file after localhost/ must be a relative path';
  if (file.split('/').includes('..')) return "the file after localhost/ must not contain '..'";
  return undefined;
}

/** ValidateAppArmorProfileFormat */
function isAppArmorAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value === 'unconfined' || value.startsWith('localhost/');
}

export default defineRule({
  meta: {
    id: 'security/profile-annotation-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Deprecated seccomp and AppArmor annotations must name a known profile, and an AppArmor annotation an existing container.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateSeccompProfile', type: 'Invalid' },
      { package: CORE, function: 'ValidateAppArmorPodAnnotations', type: 'Invalid' },
    ],
    messages: {
      seccomp:
        'annotation {{key}} is {{value}}, which is not a seccomp profile: {{reason}}, so the API server refuses the object; use securityContext.seccompProfile instead',
      appArmorContainer:
        'annotation {{key}} sets the AppArmor profile of container {{container}}, which the pod does not have, so the API server refuses the object; correct the container name, or use securityContext.appArmorProfile',
      appArmorProfile:
        'annotation {{key}} is {{value}}, which is not an AppArmor profile (runtime/default, unconfined or localhost/<profile>), so the API server refuses the object; use securityContext.appArmorProfile instead',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const annotations = asObject(site.metadata?.annotations);
        if (!annotations) return;
        const names = new Set(containersOf(site).map((container) => container.container.name));
        for (const [key, value] of Object.entries(annotations)) {
          if (typeof value !== 'string') continue;
          const path = [...site.metadataPath, 'annotations', key];
          const data = { key, value: JSON.stringify(value) };
          if (key === SECCOMP_POD_ANNOTATION || key.startsWith(SECCOMP_CONTAINER_PREFIX)) {
            const reason = seccompAnnotationError(value);
            if (reason) context.report({ resource, path, messageId: 'seccomp', data: { ...data, reason } });
          } else if (key.startsWith(APPARMOR_CONTAINER_PREFIX)) {
            const container = key.slice(APPARMOR_CONTAINER_PREFIX.length);
            if (!names.has(container))
              context.report({
                resource,
                path,
                messageId: 'appArmorContainer',
                data: { key, container: JSON.stringify(container) },
              });
            if (!isAppArmorAnnotation(value)) context.report({ resource, path, messageId: 'appArmorProfile', data });
          }
        }
      },
    };
  },
});
