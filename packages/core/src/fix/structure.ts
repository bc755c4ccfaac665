import { yamlComments } from '../load/comments.js';
import { YamlManifestLoader } from '../load/yaml-loader.js';

/**
 * The last check before --fix writes a file: a fix replaces scalar values, so the documents, the
 * keys of every mapping, the lengths of every sequence and the comments must be exactly what they
 * were, except for the key renames the applied fixes declare (a misspelt field). Returns what
 * changed, or undefined when the structure is the same. Only the structure is compared: a value
 * may change type (`"80"` to `80`).
 */
export function structureChange(
  before: string,
  after: string,
  keyRenames: ReadonlyArray<{ from: string; to: string }> = [],
): string | undefined {
  const renamed = new Set(keyRenames.map(({ from, to }) => `${from}\u0000${to}`));
  const loader = new YamlManifestLoader();
  const old = loader.load('before', before);
  const next = loader.load('after', after);
  if (next.problems.length > old.problems.length) return 'the file would no longer read cleanly';
  if (old.documents.length !== next.documents.length)
    return `the file would have ${next.documents.length} documents instead of ${old.documents.length}`;
  for (let i = 0; i < old.documents.length; i++) {
    const change = shapeChange(old.documents[i]?.value, next.documents[i]?.value, renamed);
    if (change) return `document ${i + 1}: ${change}`;
  }
  const comments = (text: string): string[] => yamlComments(text).map((comment) => comment.source);
  const oldComments = comments(before);
  const newComments = comments(after);
  if (oldComments.length !== newComments.length || oldComments.some((comment, i) => comment !== newComments[i]))
    return 'a comment would be lost or changed';
  return undefined;
}

/** Compares the keys and sequence lengths of two plain values, iteratively (values nest deeply). */
function shapeChange(a: unknown, b: unknown, renamed: ReadonlySet<string>): string | undefined {
  const pending: Array<[unknown, unknown, string]> = [[a, b, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [left, right, where] = next;
    const kind = (value: unknown): string =>
      Array.isArray(value) ? 'sequence' : typeof value === 'object' && value !== null ? 'mapping' : 'scalar';
    if (kind(left) !== kind(right) && (kind(left) !== 'scalar' || kind(right) !== 'scalar'))
      return `${where || 'the root'} would change from a ${kind(left)} to a ${kind(right)}`;
    if (Array.isArray(left) && Array.isArray(right)) {
      if (left.length !== right.length)
        return `${where || 'the root'} would have ${right.length} items instead of ${left.length}`;
      left.forEach((item, i) => pending.push([item, right[i], `${where}[${i}]`]));
    } else if (kind(left) === 'mapping') {
      const leftObject = left as Record<string, unknown>;
      const rightObject = right as Record<string, unknown>;
      const leftKeys = Object.keys(leftObject);
      const rightKeys = Object.keys(rightObject);
      const sameKey = (key: string, i: number): boolean =>
        key === rightKeys[i] || renamed.has(`${key}\u0000${rightKeys[i]}`);
      if (leftKeys.length !== rightKeys.length || !leftKeys.every(sameKey))
        return `the keys of ${where || 'the root'} would change`;
      leftKeys.forEach((key, i) => {
        const rightKey = rightKeys[i] ?? key;
        pending.push([leftObject[key], rightObject[rightKey], where ? `${where}.${rightKey}` : rightKey]);
      });
    }
  }
  return undefined;
}
