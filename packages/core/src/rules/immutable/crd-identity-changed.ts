import { asArray, asObject, isObject } from '../../model/values.js';
import type { UpdateView } from '../../update/update-view.js';
import { immutableFieldsRule } from './utils/fields.js';

/** An applied CRD is established within moments; one read from the cluster says so in its conditions. */
function established(view: UpdateView): boolean {
  if (!view.live) return true;
  return asArray(asObject(view.pair.old.object.status)?.conditions).some(
    (condition) => isObject(condition) && condition.type === 'Established' && condition.status === 'True',
  );
}

export default immutableFieldsRule({
  meta: {
    id: 'immutable/crd-identity-changed',
    description:
      "A CustomResourceDefinition's group, plural name, and (once established) scope and kind may not change.",
    sources: [
      {
        package: 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation',
        function: 'validateCustomResourceDefinitionSpecUpdate',
      },
    ],
  },
  kinds: [{ kind: 'CustomResourceDefinition', groups: ['apiextensions.k8s.io'] }],
  fields: [
    { path: ['spec', 'group'], complaint: 'field is immutable' },
    { path: ['spec', 'names', 'plural'], complaint: 'field is immutable' },
    { path: ['spec', 'scope'], complaint: 'field is immutable', when: established },
    { path: ['spec', 'names', 'kind'], complaint: 'field is immutable', when: established },
  ],
  wayOut: () =>
    'create a new CustomResourceDefinition and migrate the custom resources to it (deleting the CRD deletes all of its custom resources)',
});
