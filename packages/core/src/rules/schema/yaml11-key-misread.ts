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
      path.push(index);
      collectMisreadKeys(resource, value[index], path, found, depth + 1);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    path.push(key);
    if (SUSPECT_KEY.test(key)) {
      const childPath = [...path];
      const written = keySource(resource, childPath);
      if (written !== undefined && written !== key && !/^['"]/.test(written))
        found.push({ path: childPath, written, key });
    }
    collectMisreadKeys(resource, value[key], path, found, depth + 1);
    path.pop();
  }
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
          const unknown = new Set(
            context.schema
              .problems(resource)
              .filter((p) => p.rule === 'unknown-field')
              .map((p) => JSON.stringify(p.path)),
          );
          for (const { path, written, key } of misreadKeys(resource)) {
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
