import { isBuiltin, specOf } from '../../../model/builtin.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, asObject, isObject, type PlainObject } from '../../../model/values.js';

/** A NetworkPolicy's rules, ingress and egress, each with its ports and its peers (from or to). */
export interface PolicyRule {
  readonly ports: ReadonlyArray<{ port: PlainObject; path: FieldPath }>;
  readonly peers: ReadonlyArray<{ peer: PlainObject; path: FieldPath }>;
}

export function networkPolicyRules(resource: Resource): PolicyRule[] {
  if (!isBuiltin(resource, 'networking.k8s.io', ['NetworkPolicy'])) return [];
  const spec = specOf(resource);
  if (!spec) return [];
  const rules: PolicyRule[] = [];
  for (const [direction, peersKey] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    asArray(spec[direction]).forEach((rule, index) => {
      const entry = asObject(rule);
      if (!entry) return;
      const base: FieldPath = ['spec', direction, index];
      rules.push({
        ports: objectsAt(entry.ports, [...base, 'ports']).map(({ value, path }) => ({ port: value, path })),
        peers: objectsAt(entry[peersKey], [...base, peersKey]).map(({ value, path }) => ({ peer: value, path })),
      });
    });
  }
  return rules;
}

function objectsAt(list: unknown, path: FieldPath): Array<{ value: PlainObject; path: FieldPath }> {
  return asArray(list).flatMap((value, index) => (isObject(value) ? [{ value, path: [...path, index] }] : []));
}
