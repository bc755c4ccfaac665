import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { change, compareAt, differences } from '../../update/update-view.js';
import { IMMUTABLE_MESSAGES, isUpdateOf, provenance, report, reportDifferences } from './utils/report.js';

export default defineRule({
  meta: {
    id: 'immutable/configmap-secret-changed',
    severity: 'error',
    origin: 'api-error',
    description:
      'An immutable ConfigMap or Secret may not change its data, nor become mutable; a Secret may not change its type.',
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateConfigMapUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSecretUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/v1', function: 'Validate_Secret', field: 'type' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        const kind = pair.new.kind;
        if (!isUpdateOf(pair, 'ConfigMap', ['']) && !isUpdateOf(pair, 'Secret', [''])) return;
        const view = context.updateView(pair);
        const name = pair.new.name ?? '<name>';
        const wayOut = `create a new ${kind} under a new name (e.g. a content-hash suffix) and point the workloads at it, or delete and re-create it (\`kubectl replace --force -f <file>\`)`;
        if (kind === 'Secret') {
          const type = compareAt(view, ['type']);
          if (type)
            report(
              context,
              pair.new,
              ['type'],
              `type changes ${change(type.old, type.new)}${provenance(pair.new, type)}, but a Secret's type is fixed at creation (the API server refuses: type: field is immutable); delete and re-create the Secret (\`kubectl replace --force -f <file>\`), or use a new name`,
            );
        }
        if (view.old.immutable !== true) return;
        if (view.next.immutable !== true) {
          report(
            context,
            pair.new,
            ['immutable'],
            `immutable is ${view.next.immutable === false ? 'set to false' : 'removed'}, but ${kind} ${name} was created immutable and stays so (the API server refuses: field is immutable when \`immutable\` is set); ${wayOut}`,
          );
        }
        const fields =
          kind === 'Secret'
            ? [['data', secretData(view.old), secretData(view.next)] as const]
            : [
                ['data', view.old.data, view.next.data] as const,
                ['binaryData', view.old.binaryData, view.next.binaryData] as const,
              ];
        for (const [field, before, after] of fields) {
          const found = differences(before, after, [field]).map((difference) => ({
            ...difference,
            path: writtenPath(pair.new.object, difference.path),
          }));
          reportDifferences(
            context,
            pair.new,
            found,
            (difference) =>
              `${formatPath(difference.path)} ${difference.old === undefined ? 'is added' : difference.new === undefined ? 'is removed' : `changes ${kind === 'Secret' ? '(values hidden)' : change(difference.old, difference.new)}`}, but ${kind} ${name} is immutable: its ${field} cannot change (the API server refuses: ${field}: field is immutable when \`immutable\` is set); ${wayOut}`,
          );
        }
      },
    };
  },
});

/** What the API server stores as `data`: `stringData` entries (base64-encoded) win over `data`. */
function secretData(object: PlainObject): PlainObject {
  const data: PlainObject = { ...(asObject(object.data) ?? {}) };
  for (const [key, value] of Object.entries(asObject(object.stringData) ?? {})) {
    if (typeof value === 'string') data[key] = Buffer.from(value, 'utf8').toString('base64');
  }
  return data;
}

/** A Secret key set through stringData is reported where the manifest writes it. */
function writtenPath(object: PlainObject, path: ReadonlyArray<string | number>): Array<string | number> {
  const [field, key] = path;
  if (field === 'data' && typeof key === 'string' && asObject(object.stringData)?.[key] !== undefined)
    return ['stringData', key, ...path.slice(2)];
  return [...path];
}
