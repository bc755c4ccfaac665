import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FastManifestLoader } from './fast-loader.js';
import { YamlManifestLoader } from './yaml-loader.js';

const precise = new YamlManifestLoader();
const fast = new FastManifestLoader();

const manifest = (rest: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n${rest}`;

describe('flow collections whose lines are less indented than their key', () => {
  // go-yaml does not check a flow collection's indentation; eemeli/yaml ended it at the unindent
  // ("must be sufficiently indented"): a false error on the positioned path. Values as the oracle
  // decodes them (the finalizers' validation errors quote them).
  it('are read as the oracle reads them, on both paths', () => {
    const cases: Array<[string, unknown]> = [
      ['  finalizers: ["A\n\n y", b\nc d, # note\n  e/F]\n', ['A\ny', 'b c d', 'e/F']],
      ['  finalizers: [a,\nb]\n', ['a', 'b']],
      ['  finalizers: [a,\n\tb]\n', ['a', 'b']],
      ['  finalizers: [\n  a,\n  b\n]\n', ['a', 'b']],
      // A `#` right after a closing quote starts a comment; after a quote inside a plain scalar it does not.
      ['  finalizers: [ "a/B"#c\n]\n', ['a/B']],
      ["  finalizers: [x'#y,\nz]\n", ["x'#y", 'z']],
    ];
    for (const [rest, finalizers] of cases) {
      const text = manifest(rest);
      for (const loader of [precise, fast]) {
        const loaded = loader.load('a.yaml', text);
        assert.deepEqual(loaded.problems, [], text);
        const value = loaded.documents[0]?.value as { metadata: { finalizers: unknown } };
        assert.deepEqual(value.metadata.finalizers, finalizers, text);
      }
    }
    const labels = manifest('  labels: {\n  a: b\n  }\n');
    for (const loader of [precise, fast]) assert.deepEqual(loader.load('a.yaml', labels).problems, []);
  });

  it('are positioned where they are written', () => {
    const text = manifest('  finalizers: [a,\nb/c]\n');
    for (const loader of [precise, fast]) {
      const range = loader.load('a.yaml', text).documents[0]?.locate(['metadata', 'finalizers', 1]);
      assert.deepEqual(range?.start, { line: 6, column: 1, offset: text.indexOf('b/c') });
    }
  });

  it('keep their error where go-yaml refuses them: a `:` on a later line than its key', () => {
    for (const text of ['a: {b\n: 1}\n', 'a: [b\n: 1]\n', 'a:\n  b: {c\n : 1}\n']) {
      for (const loader of [precise, fast])
        assert.equal(loader.load('a.yaml', text).problems[0]?.ruleId, 'yaml/syntax');
    }
  });
});
