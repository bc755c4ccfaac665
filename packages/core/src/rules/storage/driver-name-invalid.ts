import { defineRule } from '../../engine/rule.js';
import { formatPath, type FieldPath } from '../../model/path.js';
import { asObject, objectEntries, preview } from '../../model/values.js';
import { enforcedRequired } from '../../schema/enforcement.js';
import { dns1123SubdomainSyntaxErrors, qualifiedNameErrors } from '../../schema/names.js';
import { CORE_VALIDATION, persistentVolumeSpec, validatedSources } from './utils/persistent-volumes.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';
const STORAGE_V1 = 'k8s.io/kubernetes/pkg/apis/storage/v1';

/** A written driver name, the schema definition of its field, and the syntax its validator applies. */
interface DriverName {
  readonly path: FieldPath;
  readonly value: unknown;
  readonly definition: string;
  readonly syntax: 'csi-driver' | 'provisioner';
}

function driverNamesOf(resource: Parameters<typeof persistentVolumeSpec>[0]): DriverName[] {
  const { object } = resource;
  const spec = asObject(object.spec);
  if (resource.group === 'storage.k8s.io') {
    switch (resource.kind) {
      case 'StorageClass':
        return [
          {
            path: ['provisioner'],
            value: object.provisioner,
            definition: 'storage.v1.StorageClass',
            syntax: 'provisioner',
          },
        ];
      case 'VolumeAttributesClass':
        return [
          {
            path: ['driverName'],
            value: object.driverName,
            definition: 'storage.v1.VolumeAttributesClass',
            syntax: 'provisioner',
          },
        ];
      case 'VolumeAttachment':
        return spec
          ? [
              {
                path: ['spec', 'attacher'],
                value: spec.attacher,
                definition: 'storage.v1.VolumeAttachmentSpec',
                syntax: 'csi-driver',
              },
            ]
          : [];
      case 'CSINode':
        return objectEntries(spec?.drivers).map(([index, driver]) => ({
          path: ['spec', 'drivers', index, 'name'],
          value: driver.name,
          definition: 'storage.v1.CSINodeDriver',
          syntax: 'csi-driver',
        }));
      default:
        return [];
    }
  }
  const volumeSpec = persistentVolumeSpec(resource);
  const csi = volumeSpec ? validatedSources(volumeSpec).find((source) => source.key === 'csi') : undefined;
  return csi
    ? [
        {
          path: ['spec', 'csi', 'driver'],
          value: csi.source.driver,
          definition: 'core.v1.CSIPersistentVolumeSource',
          syntax: 'csi-driver',
        },
      ]
    : [];
}

export default defineRule({
  meta: {
    id: 'storage/driver-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CSI driver or provisioner name (StorageClass, VolumeAttributesClass, VolumeAttachment, CSINode, csi volume) must be set and be a DNS name.',
    fixable: false,
    kinds: ['StorageClass', 'VolumeAttributesClass', 'VolumeAttachment', 'CSINode', 'PersistentVolume'],
    sources: [
      { package: CORE_VALIDATION, function: 'ValidateCSIDriverName' },
      { package: STORAGE_VALIDATION, function: 'validateProvisioner' },
      // The same checks, declared on the v1 types (zz_generated.validations.go).
      { package: STORAGE_V1, function: 'Validate_VolumeAttachmentSpec', field: 'attacher' },
      { package: STORAGE_V1, function: 'Validate_StorageClass', field: 'provisioner' },
    ],
    messages: {
      required: '{{field}} is empty, so the API server refuses the {{kind}}; name the driver, e.g. ebs.csi.aws.com',
      tooLong:
        '{{field}} is {{length}} characters long, but a CSI driver name has at most 63, so the API server refuses the {{kind}}',
      invalid:
        '{{field}} {{value}} is not a valid driver name: {{reasons}}; the API server refuses the {{kind}}. Write the driver’s name as its CSIDriver object spells it (kubectl get csidrivers)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const name of driverNamesOf(resource)) {
          const field = formatPath(name.path);
          const data = { field, kind: resource.kind };
          const { value } = name;
          if (value === undefined || value === null || value === '') {
            // Where the schema enforces the field, schema/required-field-missing reports it.
            const definition = `io.k8s.api.${name.definition}`;
            const property = String(name.path[name.path.length - 1]);
            if (!enforcedRequired(definition, property, true))
              context.report({ resource, path: name.path, messageId: 'required', data });
            continue;
          }
          // A non-string is schema/wrong-type's finding.
          if (typeof value !== 'string') continue;
          if (name.syntax === 'csi-driver' && value.length > 63)
            context.report({
              resource,
              path: name.path,
              messageId: 'tooLong',
              data: { ...data, length: value.length },
            });
          const reasons =
            name.syntax === 'csi-driver'
              ? dns1123SubdomainSyntaxErrors(value.toLowerCase())
              : qualifiedNameErrors(value.toLowerCase());
          if (reasons.length)
            context.report({
              resource,
              path: name.path,
              messageId: 'invalid',
              data: { ...data, value: preview(value), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
