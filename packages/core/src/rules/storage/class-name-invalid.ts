import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { preview } from '../../model/values.js';
import { compareVersions } from '../../release/versions.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { CLAIM_SPEC_KINDS, claimSpecsOf } from './utils/claim-specs.js';
import { CORE_VALIDATION, persistentVolumeSpec } from './utils/persistent-volumes.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';

interface ClassNameOccurrence {
  readonly path: FieldPath;
  readonly value: unknown;
  readonly field: 'storageClassName' | 'volumeAttributesClassName';
}

export default defineRule({
  meta: {
    id: 'storage/class-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A storageClassName or volumeAttributesClassName (of a PersistentVolume, a claim, a claim template or a CSIStorageCapacity) must be a DNS subdomain.',
    fixable: false,
    kinds: ['PersistentVolume', 'CSIStorageCapacity', ...CLAIM_SPEC_KINDS],
    sources: [
      {
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Invalid',
        field: 'storageClassName',
      },
      {
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Invalid',
        field: 'volumeAttributesClassName',
      },
      {
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Required',
        field: 'volumeAttributesClassName',
      },
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeSpec', type: 'Required', field: 'csi' },
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeClaimSpec', field: 'storageClassName' },
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeClaimSpec', field: 'volumeAttributesClassName' },
      { package: STORAGE_VALIDATION, function: 'ValidateCSIStorageCapacity', type: 'Invalid' },
    ],
    messages: {
      invalid:
        '{{field}} {{value}} is not a valid class name: {{reasons}}; the API server refuses the {{kind}}. Write the class’s name as it is in the cluster (kubectl get {{classKind}})',
      capacityWithoutClass:
        'the CSIStorageCapacity names no storageClassName, so the API server refuses it; name the StorageClass whose capacity it reports',
      emptyAttributesClass:
        'volumeAttributesClassName is empty, which the API server refuses on a PersistentVolume; name a VolumeAttributesClass, or remove the field',
      attributesNeedCsi:
        'a PersistentVolume with a volumeAttributesClassName must take its storage from a csi source (only CSI drivers can modify volume attributes), so the API server refuses it; remove volumeAttributesClassName, or use a csi source',
    },
  },
  create(context) {
    // Before 1.34 the VolumeAttributesClass feature is off by default and the API server drops the field.
    const attributesClassChecked = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    const check = (resource: Resource, occurrence: ClassNameOccurrence): void => {
      if (occurrence.field === 'volumeAttributesClassName' && !attributesClassChecked) return;
      // An empty name means "no class"; a non-string is schema/wrong-type's finding.
      if (typeof occurrence.value !== 'string' || occurrence.value === '') return;
      const reasons = dns1123SubdomainErrors(occurrence.value);
      if (reasons.length === 0) return;
      context.report({
        resource,
        path: occurrence.path,
        messageId: 'invalid',
        data: {
          field: occurrence.field,
          value: preview(occurrence.value),
          reasons: reasons.join('; '),
          kind: resource.kind,
          classKind: occurrence.field === 'storageClassName' ? 'storageclass' : 'volumeattributesclass',
        },
      });
    };
    return {
      resource(resource) {
        const occurrences: ClassNameOccurrence[] = [];
        const volumeSpec = persistentVolumeSpec(resource);
        if (volumeSpec) {
          const attributesClass = volumeSpec.volumeAttributesClassName;
          if (attributesClassChecked && attributesClass !== undefined && attributesClass !== null) {
            if (attributesClass === '')
              context.report({
                resource,
                path: ['spec', 'volumeAttributesClassName'],
                messageId: 'emptyAttributesClass',
              });
            if (volumeSpec.csi === undefined || volumeSpec.csi === null)
              context.report({ resource, path: ['spec', 'csi'], messageId: 'attributesNeedCsi' });
          }
        }
        const specs = volumeSpec
          ? [{ spec: volumeSpec, path: ['spec'] as FieldPath }]
          : claimSpecsOf(resource).map((site) => ({ spec: site.spec, path: site.path }));
        for (const { spec, path } of specs)
          for (const field of ['storageClassName', 'volumeAttributesClassName'] as const)
            occurrences.push({ path: [...path, field], value: spec[field], field });
        if (resource.group === 'storage.k8s.io' && resource.kind === 'CSIStorageCapacity') {
          const name = resource.object.storageClassName;
          // Unlike a claim's, a capacity's class name may not be empty (ValidateClassName of "").
          if (name === undefined || name === null || name === '')
            context.report({ resource, path: ['storageClassName'], messageId: 'capacityWithoutClass' });
          occurrences.push({
            path: ['storageClassName'],
            value: resource.object.storageClassName,
            field: 'storageClassName',
          });
        }
        for (const occurrence of occurrences) check(resource, occurrence);
      },
    };
  },
});
