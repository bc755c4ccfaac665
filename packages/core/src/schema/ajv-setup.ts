import { Ajv, _, stringify, type Code, type CodeKeywordDefinition, type KeywordCxt, type Options } from 'ajv';

/**
 * The one ajv configuration podlint compiles Kubernetes schemas with, at build time (standalone
 * code) and at run time alike. Formats are regular expressions and keywords generate plain code,
 * so the standalone modules are self-contained. Changing a keyword's code changes every module:
 * bump SCHEMA_BUILDER_VERSION (json-schema.ts) so precompiled validators are rebuilt.
 */

/** resource.ParseQuantity after the JSON decoder's TrimSpace (k8s.io/apimachinery/pkg/api/resource). */
export const QUANTITY = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?\d+)?\s*$/;
/** encoding/json decodes []byte with base64.StdEncoding, which skips \r and \n anywhere. */
export const BASE64 =
  /^(?:(?:[A-Za-z0-9+/][\r\n]*){4})*(?:(?:[A-Za-z0-9+/][\r\n]*){2}=[\r\n]*=|(?:[A-Za-z0-9+/][\r\n]*){3}=)?[\r\n]*$/;
/** metav1.Time: time.Parse(time.RFC3339, …), which also takes fractional seconds. */
export const RFC3339 =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** IsQualifiedName: an optional DNS-subdomain prefix and a name of at most 63 characters. */
export const LABEL_KEY =
  /^(?:(?=[^/]{1,253}\/)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?(?=[^/]{1,63}$)[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** ValidateAnnotations lower-cases the key before IsQualifiedName. */
export const ANNOTATION_KEY = new RegExp(LABEL_KEY.source, 'i');
/** IsValidLabelValue: empty, or at most 63 characters, alphanumeric at both ends. */
export const LABEL_VALUE = /^(?:(?=[^]{1,63}$)[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

export const FORMATS = {
  quantity: QUANTITY,
  byte: BASE64,
  'date-time': RFC3339,
  'label-key': LABEL_KEY,
  'annotation-key': ANNOTATION_KEY,
  'label-value': LABEL_VALUE,
} as const;

export const UNIQUE_KEYS_KEYWORD = 'x-podlint-unique-keys';
export const NULL_ITEMS_KEYWORD = 'x-podlint-null-items';
export const REQUIRED_KEYWORD = 'x-podlint-required';

function joinCode(parts: readonly Code[]): Code {
  return parts.reduce((joined, part, index) => (index === 0 ? part : _`${joined}, ${part}`), _``);
}

/** One uniqueness constraint of a list: the keys, and the value an absent key is defaulted to. */
export interface UniqueKeySet {
  readonly keys: readonly string[];
  readonly defaults?: Readonly<Record<string, string>>;
}

/**
 * A list whose entries must be unique by some keys (`x-kubernetes-list-map-keys` where the API
 * server checks it): every later entry with the same keys is an error at its index. Entries that
 * lack a key without a default are skipped (another check reports the missing key).
 */
const uniqueKeys: CodeKeywordDefinition = {
  keyword: UNIQUE_KEYS_KEYWORD,
  type: 'array',
  schemaType: 'array',
  error: {
    message: 'duplicate entry',
    params: ({ params }) => _`{keys: ${params.keys}, first: ${params.first}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema } = cxt;
    for (const { keys, defaults = {} } of schema as UniqueKeySet[]) {
      const seen = gen.const('seen', _`new Map()`);
      gen.forRange('i', 0, _`${data}.length`, (index) => {
        const item = gen.const('item', _`${data}[${index}]`);
        gen.if(_`${item} !== null && typeof ${item} == "object" && !Array.isArray(${item})`, () => {
          const values = keys.map((key) =>
            defaults[key] === undefined ? _`${item}[${key}]` : _`(${item}[${key}] || ${defaults[key]})`,
          );
          const present = values.map((value) => _`(${value} !== undefined && ${value} !== null && ${value} !== "")`);
          gen.if(
            present.reduce((all, condition) => _`${all} && ${condition}`),
            () => {
              const key = gen.const('key', _`JSON.stringify([${joinCode(values)}])`);
              gen.if(
                _`${seen}.has(${key})`,
                () =>
                  cxt.error(
                    true,
                    { keys: stringify(keys), first: _`${seen}.get(${key})` },
                    { instancePath: gen.const('at', _`String(${index})`) },
                  ),
                () => gen.code(_`${seen}.set(${key}, ${index})`),
              );
            },
          );
        });
      });
    }
  },
};

/**
 * A null entry of a list of objects is decoded as an empty object, so the API server reports the
 * object's required fields as missing: this keyword reports each null entry with those fields.
 */
const nullItems: CodeKeywordDefinition = {
  keyword: NULL_ITEMS_KEYWORD,
  type: 'array',
  schemaType: 'array',
  error: {
    message: 'null entry',
    params: ({ params }) => _`{required: ${params.required}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema } = cxt;
    gen.forRange('i', 0, _`${data}.length`, (index) => {
      gen.if(_`${data}[${index}] === null`, () =>
        cxt.error(true, { required: stringify(schema) }, { instancePath: gen.const('at', _`String(${index})`) }),
      );
    });
  },
};

/**
 * `required` as Go validation means it: a field is missing when it is absent, null (decoded as
 * the zero value), an empty string or an empty list (`len(x) == 0`).
 */
const requiredNonEmpty: CodeKeywordDefinition = {
  keyword: REQUIRED_KEYWORD,
  type: 'object',
  schemaType: 'array',
  error: {
    message: 'required',
    params: ({ params }) => _`{missingProperty: ${params.missingProperty}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema } = cxt;
    for (const property of schema as string[]) {
      const value = gen.const('value', _`${data}[${property}]`);
      gen.if(
        _`${value} === undefined || ${value} === null || ${value} === "" || (Array.isArray(${value}) && ${value}.length === 0)`,
        () => cxt.error(true, { missingProperty: stringify(property) }),
      );
    }
  },
};

export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  validateSchema: false,
  addUsedSchema: false,
  formats: FORMATS,
  keywords: [uniqueKeys, nullItems, requiredNonEmpty],
};

export function createAjv(options: Options = {}): Ajv {
  return new Ajv({ ...AJV_OPTIONS, ...options });
}
