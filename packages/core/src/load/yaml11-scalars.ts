import { Document, isScalar, type ScalarTag, type Tags } from 'yaml';
import { YAML_11_OPTIONS } from './yaml-options.js';

/**
 * What a plain scalar can start with when one of the YAML 1.1 tags reads it (the empty scalar,
 * null, is tested too): `~`, null, the bools (y, yes, true, on, n, no, false, off in their cases),
 * signs, digits and `.` (numbers, .inf, .nan). Any other
 * plain scalar is a string without trying each tag's pattern, as most are (keys, names, images).
 * `fast-loader.test.ts` pins the patterns this was read from.
 */
const IMPLICIT_FIRST_CHARACTERS = new Uint8Array(128);
for (const character of '~nNyYtToOfF-+.0123456789') IMPLICIT_FIRST_CHARACTERS[character.charCodeAt(0)] = 1;
/** First letters of the only scalars those patterns read that start with a letter: null and the bools. */
const WORD_FIRST_CHARACTERS = new Uint8Array(128);
for (const character of 'nNyYtToOfF') WORD_FIRST_CHARACTERS[character.charCodeAt(0)] = 1;
/** The longest of those words (`false`): a longer plain scalar starting with one of their letters is a string (`nginx`, `name`). */
const LONGEST_WORD = 5;
/** How many short scalars `Yaml11Scalars` remembers the tag of. */
const SHORT_MATCH_LIMIT = 4096;

/** The scalar tags YAML 1.1 applies to plain scalars, in the order eemeli/yaml tries them. */
export function implicitScalarTags(): ScalarTag[] {
  const tags = new Document(null, YAML_11_OPTIONS).schema.tags as Array<Exclude<Tags[number], string>>;
  return tags.filter(
    (tag): tag is ScalarTag => tag.default === true && tag.test !== undefined && !('collection' in tag),
  );
}

/** A plain scalar that eemeli/yaml's tag refuses to resolve: the fast path leaves its document to the positioned parser. */
export class PlainScalarRefused extends Error {}

/**
 * YAML 1.1 plain scalars as `YamlManifestLoader` resolves them: the same eemeli/yaml tags (the same
 * tests in the same order, the same resolution), so what a plain scalar means is written once for
 * every reader of the fast path (js-yaml's schema and the block reader).
 */
export class Yaml11Scalars {
  private readonly options = new Document(null, YAML_11_OPTIONS).options;
  private readonly tags = implicitScalarTags();

  /**
   * What `match` found for short scalars that reach the tags' patterns: `name`, `port`, `app`, `true`
   * and small numbers, which most documents repeat (null: a string).
   */
  private readonly shortMatches = new Map<string, ScalarTag | null>();

  /** The tag that reads `data`, or undefined when it is a string. */
  match(data: string): ScalarTag | undefined {
    if (data !== '') {
      const first = data.charCodeAt(0);
      if (first >= 128 || IMPLICIT_FIRST_CHARACTERS[first] === 0) return undefined;
      if (data.length > LONGEST_WORD && WORD_FIRST_CHARACTERS[first] === 1) return undefined;
    }
    const short = data.length <= LONGEST_WORD;
    if (short) {
      const known = this.shortMatches.get(data);
      if (known !== undefined) return known ?? undefined;
    }
    let found: ScalarTag | undefined;
    for (const tag of this.tags) {
      if (tag.test?.test(data)) {
        found = tag;
        break;
      }
    }
    // Bounded: a text of many distinct short scalars cannot grow it without end.
    if (short && this.shortMatches.size < SHORT_MATCH_LIMIT) this.shortMatches.set(data, found ?? null);
    return found;
  }

  /** The value `tag` (from `match`) gives `data`; throws `PlainScalarRefused` where the tag refuses it. */
  construct(tag: ScalarTag | undefined, data: string): unknown {
    const resolved = tag?.resolve?.(
      data,
      (message) => {
        throw new PlainScalarRefused(message);
      },
      this.options,
    );
    return isScalar(resolved) ? (resolved as { value: unknown }).value : resolved;
  }

  /** The value of a plain scalar. */
  read(data: string): unknown {
    const tag = this.match(data);
    return tag === undefined ? data : this.construct(tag, data);
  }
}

let shared: Yaml11Scalars | undefined;

/** One `Yaml11Scalars` for every reader of a process (its tags are built once). */
export function sharedYaml11Scalars(): Yaml11Scalars {
  shared ??= new Yaml11Scalars();
  return shared;
}
