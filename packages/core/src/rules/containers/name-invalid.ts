import { containersOf } from '../../model/containers.js';
import { countMentions, nameSyntaxRule } from '../factories/name-syntax.js';

const VALIDATION = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default nameSyntaxRule({
  id: 'containers/name-invalid',
  description: 'A container name must be a DNS label: at most 63 lower-case letters, digits and "-".',
  help: [
    'Every container, init container and ephemeral container name must be an RFC 1123 label: lower-case letters, digits and `-`, starting and ending with a letter or digit, at most 63 characters. The API server refuses anything else (`a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\'`), because the name becomes part of DNS-like identifiers, log paths and the kubelet\'s container ids. Underscores, capitals and dots are the usual mistakes.',
    '',
    'The quick fix lower-cases the name and turns `_`, `.` and spaces into `-`, only when nothing else in the object mentions the name (a `resourceFieldRef.containerName`, an annotation naming the container) and the new name is not taken.',
    '',
    'Bad:',
    '```yaml',
    'containers:',
    '  - name: My_Container',
    '    image: nginx:1.27',
    '```',
    'Good:',
    '```yaml',
    'containers:',
    '  - name: my-container',
    '    image: nginx:1.27',
    '```',
  ].join('\n'),
  sources: [{ package: VALIDATION, function: 'validateContainerCommon', type: 'Invalid', field: 'name' }],
  fixable: true,
  syntax: 'dns1123-label',
  subject: 'container name',
  advice: 'use lower-case letters, digits and "-" only, e.g. "my-container"',
  occurrences(site, resource) {
    const containers = containersOf(site);
    const names = new Set(containers.map(({ container }) => container.name).filter((name): name is string => typeof name === 'string'));
    return containers.map(({ container, path }) => ({
      path: [...path, 'name'],
      value: container.name,
      renameIsSafe: typeof container.name === 'string' && countMentions(resource.object, container.name) === 1,
      taken: names,
    }));
  },
});
