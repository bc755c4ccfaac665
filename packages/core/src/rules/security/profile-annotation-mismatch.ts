import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, type PlainObject } from '../../model/values.js';
import {
  APPARMOR_CONTAINER_PREFIX,
  appArmorProfileOfAnnotation,
  profileMismatch,
  SECCOMP_CONTAINER_PREFIX,
  SECCOMP_POD_ANNOTATION,
  type ProfileKind,
} from './utils/profile-annotations.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'security/profile-annotation-mismatch',
    severity: 'error',
    origin: 'api-error',
    description:
      'When a seccomp or AppArmor profile is set both by its deprecated annotation and by its securityContext field, the two must agree.',
    fixable: false,
    // ValidatePodCreate makes the check on Pods, not on their updates (templates are checked on both;
    // an update that only changes the annotations is left unreported rather than guessed).
    createOnly: true,
    sources: [
      { package: CORE, function: 'validateSeccompAnnotationsAndFieldsMatch', type: 'Forbidden' },
      { package: CORE, function: 'validateAppArmorAnnotationsAndFieldsMatchOnCreate', type: 'Forbidden' },
    ],
    messages: {
      mismatch:
        '{{kind}} profile of {{owner}} is {{field}}, but annotation {{annotation}} says {{value}}: the API server refuses a pod whose annotation and field disagree; remove the annotation (the field replaces it) or make both name the same profile',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // Every mismatch is with an annotation: a pod without annotations has none.
        const annotations = asObject(site.metadata?.annotations);
        if (!annotations) return;
        const report = (
          kind: ProfileKind,
          profile: PlainObject,
          profilePath: FieldPath,
          owner: string,
          annotationKey: string,
        ): void => {
          const annotation = annotations[annotationKey];
          if (typeof annotation !== 'string') return;
          const field = profileMismatch(kind, profile, annotation);
          if (!field) return;
          context.report({
            resource,
            path: [...profilePath, field],
            messageId: 'mismatch',
            data: {
              kind,
              owner,
              field:
                JSON.stringify(profile.type) +
                (profile.type === 'Localhost' ? ` ${JSON.stringify(profile.localhostProfile ?? '')}` : ''),
              annotation: annotationKey,
              value: JSON.stringify(annotation),
            },
          });
        };

        const podContext = asObject(site.spec.securityContext);
        const podSeccomp = asObject(podContext?.seccompProfile);
        if (podSeccomp)
          report(
            'seccomp',
            podSeccomp,
            [...site.path, 'securityContext', 'seccompProfile'],
            'the pod',
            SECCOMP_POD_ANNOTATION,
          );
        const windows = asObject(site.spec.os)?.name === 'windows';
        const podAppArmor = asObject(podContext?.appArmorProfile);
        for (const container of containersOf(site)) {
          const name = typeof container.container.name === 'string' ? container.container.name : '';
          const contextPath = [...container.path, 'securityContext'];
          const containerContext = asObject(container.container.securityContext);
          const seccomp = asObject(containerContext?.seccompProfile);
          const owner = describeContainer(container);
          if (seccomp)
            report('seccomp', seccomp, [...contextPath, 'seccompProfile'], owner, SECCOMP_CONTAINER_PREFIX + name);
          if (windows) continue;
          const annotationKey = APPARMOR_CONTAINER_PREFIX + name;
          let appArmor = asObject(containerContext?.appArmorProfile);
          // A Pod's strategy first copies a valid annotation onto a container without the field.
          const annotation = annotations[annotationKey];
          if (!appArmor && !site.isTemplate && typeof annotation === 'string')
            appArmor = appArmorProfileOfAnnotation(annotation);
          appArmor ??= podAppArmor;
          if (appArmor) report('AppArmor', appArmor, [...contextPath, 'appArmorProfile'], owner, annotationKey);
        }
      },
    };
  },
});
