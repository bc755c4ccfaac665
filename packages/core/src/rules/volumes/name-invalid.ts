import { objectEntries } from '../../model/values.js';
import { nameSyntaxRule } from '../factories/name-syntax.js';
import { claimTemplateNames } from '../../model/workloads.js';

export default nameSyntaxRule({
  id: 'volumes/name-invalid',
  description: 'A volume name must be a DNS label: at most 63 lower-case letters, digits and "-".',
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidateVolumes',
      type: 'Invalid',
      field: 'name',
    },
  ],
  // Mounts refer to the volume by name, so a rename is never a one-place edit.
  fixable: false,
  podSpecFields: ['volumes'],
  syntax: 'dns1123-label',
  subject: 'volume name',
  advice: 'rename the volume and the volumeMounts that refer to it, using lower-case letters, digits and "-" only',
  occurrences(site, resource) {
    // A StatefulSet's claim template replaces the template volume of the same name before validation.
    const replaced = claimTemplateNames(resource);
    return objectEntries(site.spec.volumes)
      .filter(([, volume]) => typeof volume.name !== 'string' || !replaced.includes(volume.name))
      .map(([index, volume]) => ({ path: [...site.path, 'volumes', index, 'name'], value: volume.name }));
  },
});
