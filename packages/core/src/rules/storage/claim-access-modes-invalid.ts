import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { CLAIM_SPEC_KINDS, claimSpecsOf } from './utils/claim-specs.js';
import { persistentVolumeSpec } from './utils/persistent-volumes.js';

const ACCESS_MODES = new Set(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);

export default defineRule({
  meta: {
    id: 'storage/claim-access-modes-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A PersistentVolumeClaim (or claim template) needs at least one access mode, and ReadWriteOncePod cannot be combined with others (in a PersistentVolume either).',
    fixable: false,
    kinds: ['PersistentVolume', ...CLAIM_SPEC_KINDS],
    source: 'ValidatePersistentVolumeClaimSpec (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeClaimSpec',
        type: 'Required',
        field: 'accessModes',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeClaimSpec',
        type: 'Forbidden',
        field: 'accessModes',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePersistentVolumeSpec',
        type: 'Forbidden',
        field: 'accessModes',
      },
    ],
    messages: {
      required:
        'the claim has no access mode, so the API server refuses it (at least 1 access mode is required); add accessModes: [ReadWriteOnce] (or ReadWriteMany for shared volumes)',
      oncePodMixed:
        'ReadWriteOncePod means a single pod, which contradicts the other access modes listed, so the API server refuses the {{kind}}; use ReadWriteOncePod alone',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const volumeSpec = persistentVolumeSpec(resource);
        // A PersistentVolume without access modes is schema/required-field-missing's finding.
        const sites = volumeSpec
          ? [{ spec: volumeSpec, path: ['spec'], checkRequired: false }]
          : claimSpecsOf(resource).map((site) => ({ ...site, checkRequired: true }));
        for (const site of sites) {
          const modes = site.spec.accessModes;
          if (modes !== undefined && modes !== null && !Array.isArray(modes)) continue;
          const list = asArray(modes);
          const path = [...site.path, 'accessModes'];
          if (list.length === 0) {
            if (site.checkRequired) context.report({ resource, path, messageId: 'required' });
          } else if (
            list.includes('ReadWriteOncePod') &&
            list.some((mode) => mode !== 'ReadWriteOncePod' && typeof mode === 'string' && ACCESS_MODES.has(mode))
          ) {
            context.report({ resource, path, messageId: 'oncePodMixed', data: { kind: resource.kind } });
          }
        }
      },
    };
  },
});
