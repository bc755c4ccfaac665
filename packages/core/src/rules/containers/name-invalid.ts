import { containersOf } from '../../model/containers.js';
import { countMentions, nameSyntaxRule } from '../factories/name-syntax.js';

const VALIDATION = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default nameSyntaxRule({
  id: 'containers/name-invalid',
  description: 'A container name must be a DNS label: at most 63 lower-case letters, digits and "-".',
  sources: [{ package: VALIDATION, function: 'validateContainerCommon', type: 'Invalid', field: 'name' }],
  fixable: true,
  syntax: 'dns1123-label',
  subject: 'container name',
  advice: 'use lower-case letters, digits and "-" only, e.g. "my-container"',
  occurrences(site, resource) {
    const containers = containersOf(site);
    const names = new Set(
      containers.map(({ container }) => container.name).filter((name): name is string => typeof name === 'string'),
    );
    return containers.map(({ container, path }) => ({
      path: [...path, 'name'],
      value: container.name,
      renameIsSafe: () => typeof container.name === 'string' && countMentions(resource.object, container.name) === 1,
      taken: names,
    }));
  },
});
