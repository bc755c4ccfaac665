import { objectEntries } from '../../model/values.js';
import { nameSyntaxRule } from '../factories/name-syntax.js';
import { claimTemplateNames } from './utils/pod-volumes.js';

export default nameSyntaxRule({
  id: 'volumes/name-invalid',
  description: 'A volume name must be a DNS label: at most 63 lower-case letters, digits and "-".',
  help: [
    'Every volume of a pod needs a name that is an RFC 1123 label: lower-case letters, digits and `-`, starting and ending with a letter or digit, at most 63 characters, no dots. The API server refuses any other name (`a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\'`); the name becomes a directory name on the node. Rename the volume and every `volumeMounts[].name` that refers to it.',
    '',
    'Bad:',
    '```yaml',
    'volumes:',
    '  - name: app_config',
    '    configMap: {name: app}',
    '```',
    'Good:',
    '```yaml',
    'volumes:',
    '  - name: app-config',
    '    configMap: {name: app}',
    '```',
  ].join('\n'),
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumes', type: 'Invalid', field: 'name' }],
  // Mounts refer to the volume by name, so a rename is never a one-place edit.
  fixable: false,
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
