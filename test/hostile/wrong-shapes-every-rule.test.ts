import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, defineRule, lint, type Finding, type LintInput } from '../../packages/core/src/index.js';
import { BASES, type Json } from '../fixtures/manifests.js';

/** Values of the wrong type for wherever they land: the shapes that crash naive rules. */
const WRONG: readonly Json[] = [null, 7, 'x', [], {}, [null, 'x']];

function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) out.push(...paths(child, [...prefix, key]));
  return out;
}

function replaced(value: Json, path: ReadonlyArray<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item));
  if (value !== null && typeof value === 'object' && typeof head === 'string')
    return { ...value, [head]: replaced(value[head] ?? null, rest, replacement) };
  return value;
}

/** JSON documents in a YAML stream: a comment first, or the stream would be read as JSON values. */
function stream(documents: readonly Json[]): string {
  return documents.map((document, index) => `# variant ${index}\n${JSON.stringify(document)}\n`).join('---\n');
}

function internalErrors(findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) => finding.ruleId === 'podlint/internal-error')
    .map((finding) => `line ${finding.range.start.line}: ${finding.message}`);
}

/** A rule written the naive way, to show that this harness notices a rule that throws. */
const NAIVE_RULE = defineRule({
  meta: {
    id: 'test/naive',
    severity: 'warning',
    origin: 'pitfall',
    description: 'Reads containers without checking their shape.',
    help: 'A test rule.',
    fixable: false,
  },
  create: (context) => ({
    podSpec(site, resource) {
      const containers = site.spec.containers as Array<{ name: string }>;
      for (const container of containers)
        if (container.name.length > 63) context.report({ resource, path: site.path, message: 'long name' });
    },
  }),
});

describe('every rule on wrong shapes', () => {
  it('notices a rule that throws on them (the harness works)', () => {
    const pod = BASES.Pod ?? null;
    const variants = WRONG.map((wrong) => replaced(pod, ['spec', 'containers'], wrong));
    const result = lint([{ file: 'pods.yaml', text: stream(variants) }], { onlyRules: [NAIVE_RULE] });
    assert.ok(internalErrors(result.files[0]?.findings ?? []).length >= 3);
  });

  it('runs over a realistic object of every kind without findings of its own failure', () => {
    const result = lint([{ file: 'bases.yaml', text: stream(Object.values(BASES)) }]);
    assert.deepEqual(internalErrors(result.files[0]?.findings ?? []), []);
    assert.ok(allRules.length > 20);
  });

  for (const [kind, base] of Object.entries(BASES)) {
    it(`never fails on a ${kind} with any field of the wrong type, as a new object or as an update`, () => {
      const variants: Json[] = [];
      for (const path of paths(base)) {
        for (const wrong of WRONG) variants.push(replaced(base, path, wrong));
      }
      const inputs: LintInput[] = [{ file: `${kind}.yaml`, text: stream(variants) }];
      const asNew = lint(inputs, { old: [{ file: 'old.yaml', text: stream([base]) }] });
      assert.deepEqual(internalErrors(asNew.files[0]?.findings ?? []), [], `${kind}: ${variants.length} variants`);
      // The other way round: the wrong shapes as the old versions of a valid object.
      for (let start = 0; start < variants.length; start += 60) {
        const asOld = lint([{ file: `${kind}-new.yaml`, text: stream([base]) }], {
          old: [{ file: 'old.yaml', text: stream(variants.slice(start, start + 60)) }],
        });
        assert.deepEqual(internalErrors(asOld.files[0]?.findings ?? []), [], `${kind} as old versions`);
      }
    });
  }
});
