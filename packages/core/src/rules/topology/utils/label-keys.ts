import { compareVersions, type KubernetesVersion } from '../../../release/versions.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { asArray, asObject, isObject, isSet, type PlainObject } from '../../../model/values.js';
import { labelKeyServerErrors } from '../../../schema/names.js';

/**
 * `matchLabelKeys` and `mismatchLabelKeys` of spread constraints and pod affinity terms: both narrow
 * the owner's labelSelector with the incoming pod's own label values, and are validated alike.
 */
export type LabelKeysField = 'matchLabelKeys' | 'mismatchLabelKeys';

export interface LabelKeyEntry {
  readonly index: number;
  readonly key: string;
  /** `…topologySpreadConstraints[0].matchLabelKeys[1]`. */
  readonly path: FieldPath;
}

/** The entries of a label-key list with their paths; entries that are not strings never pass the decoder. */
export function labelKeyEntries(owner: PlainObject, field: LabelKeysField, ownerPath: FieldPath): LabelKeyEntry[] {
  return asArray(owner[field]).flatMap((key, index) =>
    typeof key === 'string' ? [{ index, key, path: [...ownerPath, field, index] }] : [],
  );
}

/** The label-key lists that are set although the owner has no labelSelector to narrow (`validateLabelKeys`). */
export function labelKeysWithoutSelector(owner: PlainObject, fields: readonly LabelKeysField[]): LabelKeysField[] {
  return isSet(owner.labelSelector) ? [] : fields.filter((field) => asArray(owner[field]).length > 0);
}

/** Entries of the lists that are not valid label keys (`ValidateLabelName`), with the API server's reasons. */
export function invalidLabelKeys(
  owner: PlainObject,
  fields: readonly LabelKeysField[],
  ownerPath: FieldPath,
): Array<LabelKeyEntry & { field: LabelKeysField; problems: string[] }> {
  return fields.flatMap((field) =>
    labelKeyEntries(owner, field, ownerPath).flatMap((entry) => {
      const problems = labelKeyServerErrors(entry.key);
      return problems.length === 0 ? [] : [{ ...entry, field, problems }];
    }),
  );
}

/** The keys a label selector constrains: its matchLabels keys and each matchExpressions key, in order. */
export function selectorKeys(selector: PlainObject): { matchLabels: string[]; expressions: string[] } {
  const matchLabels = Object.keys(asObject(selector.matchLabels) ?? {});
  const expressions = asArray(selector.matchExpressions).flatMap((expression) =>
    isObject(expression) && typeof expression.key === 'string' ? [expression.key] : [],
  );
  return { matchLabels, expressions };
}

export interface Conflict {
  index: number;
  key: string;
  /** Only the API server's own merge of label keys into the selector creates the clash. */
  onlyAfterMerge: boolean;
}

/**
 * `ValidateMatchLabelKeysAndMismatchLabelKeys` after the Pod strategy's merge (1.34+ for spread
 * constraints, 1.31+ for pod affinity): each key the pod carries was appended to the selector as an
 * expression (`mergedKeys`, in order). Every expression whose key is in matchLabelKeys and already
 * constrained by matchLabels or an earlier expression is refused, at the key's last index in
 * matchLabelKeys.
 */
export function mergeConflicts(
  matchLabelKeys: readonly LabelKeyEntry[],
  selector: PlainObject,
  mergedKeys: readonly string[],
): Conflict[] {
  const lastIndex = new Map(matchLabelKeys.map(({ index, key }) => [key, index]));
  const { matchLabels, expressions } = selectorKeys(selector);
  const seen = new Set(matchLabels);
  const byIndex = new Map<number, Conflict>();
  const all = [
    ...expressions.map((key) => ({ key, fromMerge: false })),
    ...mergedKeys.map((key) => ({ key, fromMerge: true })),
  ];
  for (const expression of all) {
    const index = lastIndex.get(expression.key);
    if (index !== undefined && seen.has(expression.key)) {
      const previous = byIndex.get(index);
      byIndex.set(index, {
        index,
        key: expression.key,
        onlyAfterMerge: (previous?.onlyAfterMerge ?? true) && expression.fromMerge,
      });
    }
    seen.add(expression.key);
  }
  return [...byIndex.values()];
}

/** What a conflict means for the object: refused outright, or accepted but every Pod it creates refused. */
export function conflictConsequence(conflict: Conflict, site: PodSpecSite, resource: Resource): string {
  const error = '(exists in both matchLabelKeys and labelSelector)';
  if (!conflict.onlyAfterMerge) return `the API server refuses the object ${error}`;
  return site.isTemplate
    ? `the ${resource.kind} itself is accepted, but the API server merges the key into the selector of every Pod created from this template and refuses each of them ${error}, so no pod ever runs`
    : `the API server merges it into the selector with the pod's own value and then refuses the Pod ${error}`;
}

/**
 * The matchLabelKeys entries of a spread constraint that its labelSelector already constrains, as
 * the target release judges them: from 1.34 after merging the keys the pod carries (`present`),
 * before that whenever a key is in both.
 */
export function spreadLabelKeyConflicts(
  constraint: PlainObject,
  constraintPath: FieldPath,
  present: ReadonlySet<string>,
  version: KubernetesVersion,
): Conflict[] {
  const selector = asObject(constraint.labelSelector);
  const keys = labelKeyEntries(constraint, 'matchLabelKeys', constraintPath);
  if (!selector || keys.length === 0) return [];
  if (compareVersions(version, '1.34') >= 0)
    return mergeConflicts(
      keys,
      selector,
      keys.map(({ key }) => key).filter((key) => present.has(key)),
    );
  const { matchLabels, expressions } = selectorKeys(selector);
  const constrained = new Set([...matchLabels, ...expressions]);
  return keys
    .filter(({ key }) => constrained.has(key))
    .map(({ index, key }) => ({ index, key, onlyAfterMerge: false }));
}

/** The same for a pod affinity term, whose merge (1.31+) appends matchLabelKeys and then mismatchLabelKeys. */
export function affinityLabelKeyConflicts(
  term: PlainObject,
  termPath: FieldPath,
  present: ReadonlySet<string>,
): Conflict[] {
  const selector = asObject(term.labelSelector);
  const matchKeys = labelKeyEntries(term, 'matchLabelKeys', termPath);
  if (!selector || matchKeys.length === 0) return [];
  const merged = [...matchKeys, ...labelKeyEntries(term, 'mismatchLabelKeys', termPath)]
    .map(({ key }) => key)
    .filter((key) => present.has(key));
  return mergeConflicts(matchKeys, selector, merged);
}
