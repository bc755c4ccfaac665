import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, preview, type PlainObject } from '../../model/values.js';
import { enforcedRequired } from '../../schema/enforcement.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { CORE_VALIDATION } from './utils/persistent-volumes.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';
/** Fields a PersistentVolume may have but an inline volume may not (Retain and Filesystem are allowed). */
const INLINE_FORBIDDEN = [
  'claimRef',
  'capacity',
  'persistentVolumeReclaimPolicy',
  'nodeAffinity',
  'storageClassName',
  'volumeMode',
] as const;

export default defineRule({
  meta: {
    id: 'storage/volume-attachment-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['VolumeAttachment'],
    description:
      'A VolumeAttachment must name exactly one source (a PersistentVolume or an inline spec) and a valid node name.',
    fixable: false,
    sources: [
      { package: STORAGE_VALIDATION, function: 'validateVolumeAttachmentSource' },
      { package: STORAGE_VALIDATION, function: 'ValidateVolumeAttachment', type: 'Invalid' },
      { package: STORAGE_VALIDATION, function: 'validateNodeName' },
      // The inline volume of a VolumeAttachment (ValidatePersistentVolumeSpec with validateInlinePersistentVolumeSpec).
      ...INLINE_FORBIDDEN.map((field) => ({
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Forbidden' as const,
        field,
      })),
    ],
    messages: {
      noSource:
        'the VolumeAttachment names no volume, so the API server refuses it (must specify exactly one of inlineVolumeSpec and persistentVolumeName); set source.persistentVolumeName',
      twoSources:
        'the VolumeAttachment names both a PersistentVolume and an inline volume spec, so the API server refuses it; keep one of them',
      emptyVolumeName:
        'source.persistentVolumeName is empty, so the API server refuses the VolumeAttachment; name the PersistentVolume',
      inlineForbidden:
        'an inline volume spec describes only how to reach a CSI volume, so the API server refuses its {{field}} (may not be specified in the context of inline volumes); remove it',
      inlineNeedsCsi:
        'an inline volume spec must be a csi volume, so the API server refuses one without csi (has to be specified in the context of inline volumes); add the csi source',
      noNodeName:
        'the VolumeAttachment names no node (spec.nodeName), so the API server refuses it; name the node to attach the volume to',
      invalidName:
        '{{field}} {{value}} is not a valid {{what}} name: {{reasons}}; the API server refuses the VolumeAttachment',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io' || resource.kind !== 'VolumeAttachment') return;
        const spec = asObject(resource.object.spec) ?? (resource.object.spec == null ? {} : undefined);
        if (!spec) return;
        const source = asObject(spec.source) ?? (spec.source == null ? {} : undefined);
        if (source) {
          const volumeName = source.persistentVolumeName;
          const hasName = volumeName !== undefined && volumeName !== null;
          const hasInline = source.inlineVolumeSpec !== undefined && source.inlineVolumeSpec !== null;
          const sourcePath = ['spec', 'source'];
          if (!hasName && !hasInline) context.report({ resource, path: sourcePath, messageId: 'noSource' });
          else if (hasName && hasInline) context.report({ resource, path: sourcePath, messageId: 'twoSources' });
          else if (volumeName === '')
            context.report({ resource, path: [...sourcePath, 'persistentVolumeName'], messageId: 'emptyVolumeName' });
          const inline = asObject(source.inlineVolumeSpec);
          if (inline && !hasName) reportInline(inline, [...sourcePath, 'inlineVolumeSpec']);
          if (typeof volumeName === 'string' && volumeName !== '') {
            const reasons = dns1123SubdomainErrors(volumeName);
            if (reasons.length)
              context.report({
                resource,
                path: [...sourcePath, 'persistentVolumeName'],
                messageId: 'invalidName',
                data: {
                  field: 'source.persistentVolumeName',
                  value: preview(volumeName),
                  what: 'PersistentVolume',
                  reasons: reasons.join('; '),
                },
              });
          }
        }
        /** ValidatePersistentVolumeSpec for an inline volume: a CSI volume with no cluster-level settings. */
        function reportInline(inline: PlainObject, path: FieldPath): void {
          for (const field of INLINE_FORBIDDEN) {
            const value = inline[field];
            if (value === undefined || value === null || value === '') continue;
            if (typeof value === 'object' && Object.keys(value).length === 0) continue;
            if (field === 'persistentVolumeReclaimPolicy' && value === 'Retain') continue;
            if (field === 'volumeMode' && value === 'Filesystem') continue;
            context.report({ resource, path: [...path, field], messageId: 'inlineForbidden', data: { field } });
          }
          if (inline.csi === undefined || inline.csi === null)
            context.report({ resource, path: [...path, 'csi'], messageId: 'inlineNeedsCsi' });
        }
        const nodeName = spec.nodeName;
        if (nodeName === undefined || nodeName === null || nodeName === '') {
          // Where the schema enforces it, schema/required-field-missing reports the node name missing.
          if (!enforcedRequired('io.k8s.api.storage.v1.VolumeAttachmentSpec', 'nodeName', true))
            context.report({ resource, path: ['spec', 'nodeName'], messageId: 'noNodeName' });
        } else if (typeof nodeName === 'string') {
          const reasons = dns1123SubdomainErrors(nodeName);
          if (reasons.length)
            context.report({
              resource,
              path: ['spec', 'nodeName'],
              messageId: 'invalidName',
              data: { field: 'nodeName', value: preview(nodeName), what: 'node', reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
