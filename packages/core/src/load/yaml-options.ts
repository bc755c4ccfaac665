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

export type ParseOptions = NonNullable<ConstructorParameters<typeof Composer>[0]>;
// `logLevel: 'error'` keeps eemeli/yaml from printing process warnings (about collection keys) into the CLI's output.
// Duplicate keys are found by `duplicateKeys`, in linear time.
export const YAML_11_OPTIONS: ParseOptions = {
  version: '1.1',
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
  customTags: (tags: Tags) => {
    const resolved = tags.filter(
      (tag) =>
        typeof tag === 'string' ||
        (!TAGS_KUBECTL_DOES_NOT_RESOLVE.has(tag.tag) && !('format' in tag && tag.format === 'TIME')),
    );
    return [...resolved, ...kubectlExplicitTags(resolved)];
  },
};
export const YAML_12_OPTIONS: ParseOptions = {
  version: '1.2',
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
};
