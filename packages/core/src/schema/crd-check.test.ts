import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv-setup.js';
import { crdSchemaAccepts, failingPart, surelyCompiles } from './crd-check.js';
import { crdJsonSchema } from './crd.js';
import type { JsonSchema } from './json-schema.js';
import { compileRe2 } from './re2.js';
import type { PlainObject } from '../model/values.js';

/** ajv as CRD validation configures it, patterns on RE2. */
function compile(schema: JsonSchema): ValidateFunction {
  const regExp = (pattern: string): { test: (input: string) => boolean; toString: () => string } => {
    const compiled = compileRe2(pattern);
    return { test: (input) => compiled.ok && compiled.regexp.test(input), toString: () => `re2:${pattern}` };
  };
  regExp.code = 'unused';
  return createAjv({ messages: true, inlineRefs: true, code: { optimize: false, regExp } }).compile(schema);
}

const crd: PlainObject = {
  type: 'object',
  required: ['spec'],
  properties: {
    spec: {
      type: 'object',
      required: ['size'],
      minProperties: 1,
      properties: {
        size: { type: 'integer', minimum: 1, maximum: 10, multipleOf: 1 },
        ratio: { type: 'number', exclusiveMinimum: true, minimum: 0, nullable: true },
        name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' },
        bad: { type: 'string', pattern: '(?=lookahead)' },
        mode: { type: 'string', enum: ['a', 'b'] },
        port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
        one: { oneOf: [{ required: ['x'] }, { required: ['y'] }] },
        never: { not: { type: 'string' } },
        tags: { type: 'array', maxItems: 2, items: { type: 'string' } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      },
    },
  },
};

const values: unknown[] = [
  { spec: { size: 3 } },
  { spec: { size: 0 } },
  { spec: { size: 2.5 } },
  { spec: {} },
  {},
  { spec: { size: 3, ratio: null } },
  { spec: { size: 3, ratio: 0 } },
  { spec: { size: 3, ratio: 0.5 } },
  { spec: { size: 3, name: 'ab' } },
  { spec: { size: 3, name: 'a' } },
  { spec: { size: 3, name: 'abcdef' } },
  { spec: { size: 3, name: 'AB' } },
  { spec: { size: 3, bad: 'lookahead' } },
  { spec: { size: 3, mode: 'b' } },
  { spec: { size: 3, mode: 'c' } },
  { spec: { size: 3, port: 80 } },
  { spec: { size: 3, port: 'http' } },
  { spec: { size: 3, port: true } },
  { spec: { size: 3, one: { x: 1 } } },
  { spec: { size: 3, one: { x: 1, y: 2 } } },
  { spec: { size: 3, one: {} } },
  { spec: { size: 3, never: 1 } },
  { spec: { size: 3, never: 's' } },
  { spec: { size: 3, tags: ['a', 'b'] } },
  { spec: { size: 3, tags: ['a', 'b', 'c'] } },
  { spec: { size: 3, tags: [1] } },
  { spec: { size: 3, labels: { a: 'b' } } },
  { spec: { size: 3, labels: { a: 1 } } },
  { spec: { size: 3, free: { anything: [1, { deep: true }] } } },
  { spec: { size: 3, unknown: 1 } },
  { spec: { size: 3 }, status: { anything: 1 } },
  { spec: { size: 3 }, metadata: { name: 'x' }, apiVersion: 'v1', kind: 'K' },
  { spec: { size: 3 }, kind: 1 },
];

describe('crdSchemaAccepts', () => {
  it('answers as the compiled validator does wherever it answers', () => {
    const schema = crdJsonSchema(crd, false);
    const validate = compile(schema);
    let answered = 0;
    for (const value of values) {
      const accepted = crdSchemaAccepts(schema, value);
      if (accepted === undefined) continue;
      answered++;
      assert.equal(accepted, validate(value), JSON.stringify(value));
    }
    assert.equal(answered, values.length, 'every value here is one the check models');
  });

  it('leaves to the compiled validator what it does not model', () => {
    const schema = crdJsonSchema({ type: 'object', properties: { n: { type: 'number' } } }, false);
    assert.equal(crdSchemaAccepts(schema, { n: Number.POSITIVE_INFINITY }), undefined);
    const unique = crdJsonSchema({ type: 'array', uniqueItems: true, items: { type: 'object' } }, false);
    assert.equal(crdSchemaAccepts(unique, [{}, {}]), undefined);
    const inherited = crdJsonSchema({ type: 'object', required: ['constructor'] }, false);
    assert.equal(crdSchemaAccepts(inherited, {}), undefined);
  });
});

describe('failingPart', () => {
  it('compiles to the errors of the whole schema, at the same paths', () => {
    const schema = crdJsonSchema(crd, false);
    assert.ok(surelyCompiles(schema));
    const validate = compile(schema);
    const many = [
      ...values,
      { spec: { size: 3, tags: ['a', 1, 'b', 2], labels: { a: 'b', c: 2 }, one: { x: 1 } } },
      { spec: { size: 0, name: 'A', tags: 'x' }, status: 1, extra: { deep: [1] } },
      { spec: [{ size: 3 }] },
      'text',
    ];
    for (const value of many) {
      const part = failingPart(schema, value);
      const expected = validate(value) ? [] : validate.errors;
      if (part === undefined) {
        assert.deepEqual(expected, [], JSON.stringify(value));
        continue;
      }
      const partial = compile(part);
      assert.deepEqual(partial(value) ? [] : partial.errors, expected, JSON.stringify(value));
      assert.ok(JSON.stringify(part).length < JSON.stringify(schema).length, JSON.stringify(value));
    }
  });

  it('leaves whole the schemas ajv may refuse to compile', () => {
    const refused = (node: PlainObject): void => {
      const schema = crdJsonSchema(node, false);
      assert.equal(surelyCompiles(schema), false, JSON.stringify(node));
      assert.throws(() => compile(schema), JSON.stringify(node));
    };
    refused({ type: 'object', properties: { a: { type: 'text' } } });
    refused({ type: 'object', properties: { a: { type: 'string', enum: [] } } });
    refused({ type: 'object', properties: { a: { type: 'string', maxLength: '5' } } });
    refused({ type: 'object', properties: { a: { type: 'array', uniqueItems: 'yes' } } });
    let deep: PlainObject = { type: 'string' };
    for (let level = 0; level < 70; level++) deep = { type: 'object', properties: { a: deep } };
    assert.equal(surelyCompiles(crdJsonSchema(deep, false)), false);
  });
});
