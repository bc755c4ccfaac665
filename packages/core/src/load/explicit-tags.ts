import type { ScalarTag, Tags } from 'yaml';

const CORE = 'tag:yaml.org,2002:';
const TIMESTAMP = `${CORE}timestamp`;

/** The core tags go-yaml v2 checks a value against when one is written out (`!!float 1`). */
const CHECKED_TAGS = ['bool', 'int', 'float', 'null', 'timestamp'].map((name) => `${CORE}${name}`);

/** go-yaml v2's timestamp forms (its `allowedTimestampFormats`); kubectl keeps a matching value as a string. */
const GO_YAML_TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]| )[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]{1,9})?)?(?:Z|[-+][0-9]{2}:[0-9]{2})?$/;

const KIND_NAMES: Readonly<Record<string, string>> = {
  str: 'a string',
  int: 'an integer',
  float: 'a float',
  bool: 'a boolean',
  null: 'null',
};

/**
 * Explicit core tags read as kubectl's decoder (go-yaml v2) reads them: the value is resolved as if
 * it were untagged, and the tag must agree with what it resolves to, except that `!!float` takes an
 * integer as a float. So `!!float 1` is the number 1 (where eemeli/yaml keeps the string "1"), and
 * `!!int 1.5` or `!!bool 1` are errors ("cannot decode !!float `1.5` as a !!int").
 * `implicitTags` are the schema's tags for untagged values, in the order the schema tries them.
 */
export function kubectlExplicitTags(implicitTags: Tags): ScalarTag[] {
  const implicit = implicitTags.filter(
    (tag): tag is ScalarTag => typeof tag !== 'string' && !('collection' in tag && tag.collection) && 'test' in tag,
  );
  const resolveUntagged = (value: string): { tag: string; value: unknown } => {
    const tag = implicit.find((candidate) => candidate.default === true && candidate.test?.test(value));
    return tag ? { tag: tag.tag, value: tag.resolve(value, () => undefined, {}) } : { tag: `${CORE}str`, value };
  };
  return CHECKED_TAGS.map((name) => ({
    tag: name,
    resolve(value: string, onError: (message: string) => void): unknown {
      const resolved = resolveUntagged(value);
      if (name === TIMESTAMP) {
        if (resolved.tag === `${CORE}str` && GO_YAML_TIMESTAMP.test(value)) return value;
      } else if (resolved.tag === name) {
        return resolved.value;
      } else if (name === `${CORE}float` && resolved.tag === `${CORE}int`) {
        return Number(resolved.value);
      }
      const [wanted, found] = [name.slice(CORE.length), resolved.tag.slice(CORE.length)];
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      onError(
        `kubectl cannot read \`!!${wanted} ${shown}\`: the value is ${KIND_NAMES[found] ?? `a ${found}`}, not what its tag says, so kubectl refuses the document ("cannot decode !!${found} \`${shown}\` as a !!${wanted}"); remove the tag or change the value`,
      );
      return value;
    },
  }));
}
