import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { enforcedRequired } from '../../schema/enforcement.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';

export default defineRule({
  meta: {
    id: 'storage/volume-attachment-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A VolumeAttachment must name exactly one source (a PersistentVolume or an inline spec) and a valid node name.',
    fixable: false,
    sources: [
      { package: STORAGE_VALIDATION, function: 'validateVolumeAttachmentSource' },
      { package: STORAGE_VALIDATION, function: 'ValidateVolumeAttachment', type: 'Invalid' },
      { package: STORAGE_VALIDATION, function: 'validateNodeName' },
    ],
    messages: {
      noSource:
        'the VolumeAttachment names no volume, so the API server refuses it (must specify exactly one of inlineVolumeSpec and persistentVolumeName); set source.persistentVolumeName',
      twoSources:
        'the VolumeAttachment names both a PersistentVolume and an inline volume spec, so the API server refuses it; keep one of them',
      emptyVolumeName:
        'source.persistentVolumeName is empty, so the API server refuses the VolumeAttachment; name the PersistentVolume',
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
