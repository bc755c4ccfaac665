import { asArray, asObject, isObject } from '../../model/values.js';
import type { UpdateView } from './diff.js';
import { immutableFieldsRule } from './fields.js';

/** An applied CRD is established within moments; one read from the cluster says so in its conditions. */
function established(view: UpdateView): boolean {
  if (!view.live) return true;
  return asArray(asObject(view.pair.old.object.status)?.conditions).some((condition) => isObject(condition) && condition.type === 'Established' && condition.status === 'True');
}

export default immutableFieldsRule({
  meta: {
    id: 'immutable/crd-identity-changed',
    description: "A CustomResourceDefinition's group, plural name, and (once established) scope and kind may not change.",
    help: [
      'Stored custom resources live under the CRD\'s group and plural name (which also make up the CRD\'s own name), so `spec.group` and `spec.names.plural` never change; once the CRD is established, `spec.scope` (Namespaced or Cluster) and `spec.names.kind` are fixed too (`field is immutable`). Versions, schemas, short names and categories may change.',
      '',
      'Create a new CRD (a new group or plural) and migrate the custom resources, or delete the CRD, which deletes every custom resource of it, and create it again.',
      '',
      'Bad (old → new):',
      '```yaml',
      'scope: Namespaced   # → Cluster',
      '```',
      'Good (old → new):',
      '```yaml',
      'names: {plural: widgets, kind: Widget, shortNames: [wg]}   # → shortNames: [wg, wdg]',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation', function: 'validateCustomResourceDefinitionSpecUpdate' },
    ],
  },
  kinds: [{ kind: 'CustomResourceDefinition', groups: ['apiextensions.k8s.io'] }],
  fields: [
    { path: ['spec', 'group'], complaint: 'field is immutable' },
    { path: ['spec', 'names', 'plural'], complaint: 'field is immutable' },
    { path: ['spec', 'scope'], complaint: 'field is immutable', when: established },
    { path: ['spec', 'names', 'kind'], complaint: 'field is immutable', when: established },
  ],
  wayOut: () => 'create a new CustomResourceDefinition and migrate the custom resources to it (deleting the CRD deletes all of its custom resources)',
});
