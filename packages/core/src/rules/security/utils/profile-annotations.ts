import type { PlainObject } from '../../../model/values.js';

/** The deprecated annotations that carried seccomp and AppArmor profiles before the securityContext fields. */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
export const APPARMOR_CONTAINER_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

const LOCALHOST = 'localhost/';

export type ProfileKind = 'seccomp' | 'AppArmor';

/**
 * validateSeccompAnnotationsAndFieldsMatch, validateAppArmorAnnotationsAndFieldsMatchOnCreate: the
 * field of a profile that disagrees with the annotation (`type`, or `localhostProfile` for a
 * Localhost profile of another name), or undefined when they agree or the type is none of the three.
 */
export function profileMismatch(
  kind: ProfileKind,
  profile: PlainObject,
  annotation: string,
): 'type' | 'localhostProfile' | undefined {
  switch (profile.type) {
    case 'Unconfined':
      return annotation === 'unconfined' ? undefined : 'type';
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || (kind === 'seccomp' && annotation === 'docker/default')
        ? undefined
        : 'type';
    case 'Localhost':
      if (!annotation.startsWith(LOCALHOST)) return 'type';
      return profile.localhostProfile === annotation.slice(LOCALHOST.length) ? undefined : 'localhostProfile';
    default:
      return undefined;
  }
}

/**
 * ApparmorFieldForAnnotation, kept only when ValidateAppArmorProfileField accepts it: the field the
 * Pod strategy copies from a container's annotation onto a container that has none.
 */
export function appArmorProfileOfAnnotation(annotation: string): PlainObject | undefined {
  if (annotation === 'runtime/default') return { type: 'RuntimeDefault' };
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  if (annotation.startsWith(LOCALHOST) && annotation.length > LOCALHOST.length)
    return { type: 'Localhost', localhostProfile: annotation.slice(LOCALHOST.length) };
  return undefined;
}
