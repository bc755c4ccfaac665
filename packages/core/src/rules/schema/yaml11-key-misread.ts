import { defineRule } from '../../engine/rule.js';
import type { FieldPath, PathSegment } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { isObject } from '../../model/values.js';
import { isYaml11Boolean, keySource } from '../../schema/source.js';

/** Keys whose YAML spelling may differ from what kubectl reads: booleans and numbers become text. */
const SUSPECT_KEY = /^(?:true|false|[-+]?\d[\d.eE+-]*)$/;

interface MisreadKey {
  path: FieldPath;
  written: string;
  key: string;
}

/**
 * The misread keys under `value`, in document order. `path` is one array pushed and popped on the
 * way down (every key of every resource is visited, so no path is built unless a key is suspect).
 */
function collectMisreadKeys(
  resource: Resource,
  value: unknown,
  path: PathSegment[],
  found: MisreadKey[],
  depth = 0,
): void {
  if (depth > 100) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      // Only objects and lists hold keys: most values are scalars, which cost no call.
      if (typeof item !== 'object' || item === null) continue;
      path.push(index);
      collectMisreadKeys(resource, item, path, found, depth + 1);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    path.push(key);
    if (mayBeSuspect(key) && SUSPECT_KEY.test(key)) {
      const childPath = [...path];
      const written = keySource(resource, childPath);
      if (written !== undefined && written !== key && !/^['"]/.test(written))
        found.push({ path: childPath, written, key });
    }
    const child = value[key];
    if (typeof child === 'object' && child !== null) collectMisreadKeys(resource, child, path, found, depth + 1);
    path.pop();
  }
}

/** Whether a key can match SUSPECT_KEY, by its first character: almost no key of a manifest can, and this costs no regular expression. */
function mayBeSuspect(key: string): boolean {
  const first = key.charCodeAt(0);
  // t, f, +, - and the digits.
  return first === 116 || first === 102 || first === 43 || first === 45 || (first >= 48 && first <= 57);
}

function misreadKeys(resource: Resource): MisreadKey[] {
  const found: MisreadKey[] = [];
  collectMisreadKeys(resource, resource.object, [], found);
  return found;
}

export default defineRule({
  meta: {
    id: 'schema/yaml11-key-misread',
    severity: 'warning',
    origin: 'pitfall',
    description:
      'A map key that kubectl reads differently from how it is written: `on`, `yes`, `y`, `off` become "true"/"false", `0755` becomes "493".',
    fixable: false,
    source: 'sigs.k8s.io/yaml (go-yaml v2, YAML 1.1 resolution of map keys)',
    messages: {
      yaml11KeyMisread:
        'the key `{{written}}` is read by kubectl as {{reading}}, so the object gets the key "{{key}}", not "{{written}}"; quote it ("{{written}}") if you meant the text',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          // The block reader knows when no key of a document is misread: most documents, which then cost no walk.
          if (resource.document.keysAsWritten === true) continue;
          const misread = misreadKeys(resource);
          // Most resources have no misread key: their schema problems are not asked for here.
          if (misread.length === 0) continue;
          const unknown = new Set(
            context.schema
              .problems(resource)
              .filter((p) => p.rule === 'unknown-field')
              .map((p) => JSON.stringify(p.path)),
          );
          for (const { path, written, key } of misread) {
            if (unknown.has(JSON.stringify(path))) continue;
            const reading =
              key === 'true' || key === 'false'
                ? `the boolean ${key}${isYaml11Boolean(written) ? ' (YAML 1.1)' : ''}`
                : `the number ${key}`;
            context.report({ resource, path, messageId: 'yaml11KeyMisread', data: { written, reading, key } });
          }
        }
      },
    };
  },
});
