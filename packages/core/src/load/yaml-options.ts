import type { Composer, Tags } from 'yaml';
import { kubectlExplicitTags } from './explicit-tags.js';

/**
 * Tags of eemeli/yaml's YAML 1.1 schema that kubectl's decoder (go-yaml v2 through sigs.k8s.io/yaml)
 * does not apply to untyped values: timestamps and sexagesimal numbers stay strings there.
 */
const TAGS_KUBECTL_DOES_NOT_RESOLVE = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set',
]);

/**
 * Plain floats as go-yaml v2 reads them, within what eemeli/yaml's YAML 1.1 patterns take: a digit
 * in the mantissa, and after a leading `.` digits only (go-yaml hands such a scalar to ParseFloat as
 * it is, which takes no underscore there; after a sign or a digit it drops the underscores first).
 * eemeli/yaml also reads `.`, `-.`, `._`, `e5`, `.e5` and `-e5` as NaN, where go-yaml (the API
 * server's reading, checked with the oracle) keeps the strings.
 */
const GO_YAML_FLOAT = /^(?:\.[0-9]+|[-+]?[0-9][0-9_]*\.[0-9_]*|[-+]\.[0-9_]*[0-9][0-9_]*)$/;
const GO_YAML_EXPONENT_FLOAT =
  /^(?:\.[0-9]+|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?|[-+]\.[0-9_]*[0-9][0-9_]*)[eE][-+]?[0-9]+$/;

/** eemeli/yaml's YAML 1.1 float tags with go-yaml's patterns (`GO_YAML_FLOAT`); its other tags as they are. */
function goYamlFloats(tag: Tags[number]): Tags[number] {
  if (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:float' || !tag.test) return tag;
  if (tag.format === 'EXP') return { ...tag, test: GO_YAML_EXPONENT_FLOAT };
  // The plain float: not .inf or .nan, which both read alike.
  return tag.test.test('1.5') ? { ...tag, test: GO_YAML_FLOAT } : tag;
}

export type ParseOptions = NonNullable<ConstructorParameters<typeof Composer>[0]>;
// `logLevel: 'error'` keeps eemeli/yaml from printing process warnings (about collection keys) into the CLI's output.
// Duplicate keys are found by `duplicateKeys`, in linear time.
export const YAML_11_OPTIONS: ParseOptions = {
  version: '1.1',
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
  customTags: (tags: Tags) => {
    const resolved = tags
      .filter(
        (tag) =>
          typeof tag === 'string' ||
          (!TAGS_KUBECTL_DOES_NOT_RESOLVE.has(tag.tag) && !('format' in tag && tag.format === 'TIME')),
      )
      .map(goYamlFloats);
    return [...resolved, ...kubectlExplicitTags(resolved)];
  },
};
export const YAML_12_OPTIONS: ParseOptions = {
  version: '1.2',
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
};
