/**
 * A factory for the many kinds whose update rule is "these fields never change": one rule per
 * kind or area, each field compared after defaulting, each difference reported where it is.
 */
import { defineRule, type Rule, type RuleMeta, type UpdatePair } from '../../../engine/rule.js';
import { formatPath, type FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { differences, valueAtPath, type Difference, type UpdateView } from '../../../update/update-view.js';
import { changed, isUpdateOf, reportDifferences } from './report.js';

export interface ImmutableField {
  path: FieldPath;
  /** What the API server says, after the path: `field is immutable`, `Forbidden: updates to parameters are forbidden.` */
  complaint: string;
  /** The path in the server's error, when it is not the field's own (e.g. `spec.attachedRequired`). */
  serverPath?: string;
  /** How messages name the field, when it is not the path (a field compared through its parent). */
  label?: string;
  /** The field is checked only when this holds (e.g. a CRD that is already established). */
  when?: (view: UpdateView) => boolean;
  /** Custom comparison: returns the differences, or none when the values count as equal. */
  compare?: (old: unknown, next: unknown, path: FieldPath) => Difference[];
}

export interface FieldsRuleSpec {
  meta: Omit<RuleMeta, 'severity' | 'origin' | 'fixable' | 'messages'>;
  kinds: ReadonlyArray<{ kind: string; groups: readonly string[] }>;
  fields: readonly ImmutableField[];
  /** The way out, ending the message: "delete and re-create …". */
  wayOut: (resource: Resource) => string;
}

export function immutableFieldsRule(spec: FieldsRuleSpec): Rule {
  return defineRule({
    meta: {
      ...spec.meta,
      severity: 'error',
      origin: 'api-error',
      fixable: false,
      messages: {
        fieldImmutable:
          "{{change}}, but a {{kind}}'s {{field}} cannot change after creation (the API server refuses: {{serverPath}}: {{complaint}}); {{wayOut}}{{more}}",
      },
    },
    create(context) {
      return {
        update(pair: UpdatePair) {
          if (!spec.kinds.some(({ kind, groups }) => isUpdateOf(pair, kind, groups))) return;
          const view = context.updateView(pair);
          const kind = pair.new.kind;
          for (const field of spec.fields) {
            if (field.when && !field.when(view)) continue;
            const before = valueAtPath(view.old, field.path);
            const after = valueAtPath(view.next, field.path);
            const found = field.compare
              ? field.compare(before, after, field.path)
              : differences(before, after, field.path);
            const serverPath = field.serverPath ?? formatPath(field.path);
            reportDifferences(context, pair.new, found, (difference) => ({
              messageId: 'fieldImmutable',
              data: {
                change: changed(pair.new, difference),
                kind,
                field: field.label ?? formatPath(field.path),
                serverPath,
                complaint: field.complaint,
                wayOut: spec.wayOut(pair.new),
              },
            }));
          }
        },
      };
    },
  });
}

/** Lists compared as sets (order and duplicates do not matter), reported as one difference. */
export function asSet(old: unknown, next: unknown, path: FieldPath): Difference[] {
  const items = (value: unknown): string[] =>
    [...new Set(Array.isArray(value) ? value.map((item) => JSON.stringify(item)) : [])].sort();
  const before = items(old);
  const after = items(next);
  const same = before.length === after.length && before.every((item, i) => item === after[i]);
  return same
    ? []
    : [
        {
          path,
          old: Array.isArray(old) && old.length > 0 ? old : undefined,
          new: Array.isArray(next) && next.length > 0 ? next : undefined,
        },
      ];
}

/** The whole value compared, reported once at the field (for values where a leaf path says little). */
export function asWhole(old: unknown, next: unknown, path: FieldPath): Difference[] {
  const found = differences(old, next, path);
  return found.length === 0 ? [] : [{ path, old, new: next }];
}
