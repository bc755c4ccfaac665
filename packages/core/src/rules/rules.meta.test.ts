import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readingRules } from '../engine/builtin-rules.js';
import { allRules } from '../engine/registry.js';
import type { Rule } from '../engine/rule.js';

/**
 * typescript-eslint's lesson: consistency is enforced by tests, not by review. Every check rule
 * lives in rules/<area>/<name>.ts beside its RuleTester file, and documents itself the same way.
 */
const readingIds = new Set(readingRules.map((rule) => rule.meta.id));
const checkRules = allRules.filter((rule) => !readingIds.has(rule.meta.id));

describe('rule catalogue', () => {
  for (const rule of checkRules) {
    const { id } = rule.meta;
    const [area, name] = id.split('/') as [string, string];
    it(`${id} has a module, a RuleTester file and complete metadata`, () => {
      assert.ok(existsSync(new URL(`./${area}/${name}.ts`, import.meta.url)), `rules/${area}/${name}.ts`);
      assert.ok(existsSync(new URL(`./${area}/${name}.test.ts`, import.meta.url)), `rules/${area}/${name}.test.ts`);
      assert.ok(rule.meta.description.length > 10 && rule.meta.description.length <= 160, 'a one-line description');
      assert.match(rule.meta.help, /Bad[^]*```[^]*Good[^]*```/, 'help shows a bad and a good example');
      if (rule.meta.origin === 'api-error') assert.ok(rule.meta.source, 'an api-error rule names the API server function it mirrors');
    });
  }
});

/**
 * A rule area folder holds its rules, their tests, its `index.ts` and a `utils/` folder, nothing
 * else: a helper among the rules reads like a rule id, and a rule module left out of the index
 * silently never runs.
 */
/**
 * Rule factories that several areas share (one family of checks, a rule in each area, such as
 * `nonNegativeRule` for job, cronjob and workload) live in `rules/factories/`, the one folder of
 * rules/ that is not an area. It is held to its own layout below: factory modules only, no rule.
 */
const FACTORIES = 'factories';

describe('rule area layout', () => {
  const rulesFolder = new URL('./', import.meta.url);
  const areas = readdirSync(rulesFolder).filter((entry) => entry !== FACTORIES && statSync(new URL(entry, rulesFolder)).isDirectory());
  const registered = new Map(allRules.map((rule) => [rule.meta.id, rule]));

  for (const area of areas) {
    const areaFolder = new URL(`./${area}/`, rulesFolder);
    const entries = readdirSync(areaFolder);
    const modules = entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts') && entry !== 'index.ts');

    it(`rules/${area} holds only rules, their tests, index.ts and utils/`, () => {
      const others = entries.filter((entry) => !entry.endsWith('.ts') && entry !== 'utils');
      assert.deepEqual(others, [], 'no other files or folders');
      for (const entry of entries.filter((name) => name === 'utils')) assert.ok(statSync(new URL(entry, areaFolder)).isDirectory(), 'utils is a folder');
    });

    for (const module of modules) {
      const id = `${area}/${module.slice(0, -'.ts'.length)}`;
      it(`rules/${area}/${module} is the registered rule ${id}`, async () => {
        const imported = (await import(new URL(module, areaFolder).href)) as { default?: Rule };
        const exported = imported.default;
        assert.deepEqual(Object.keys(imported).filter((name) => name !== 'default'), [], `a rule module exports only its rule; shared code belongs in rules/${area}/utils/`);
        assert.ok(exported?.meta !== undefined && typeof exported.create === 'function', `its default export is a rule; a helper belongs in rules/${area}/utils/`);
        assert.equal(exported.meta.id, id, 'the file is named after the rule id');
        assert.equal(registered.get(id), exported, `the rule is registered (listed in rules/${area}/index.ts)`);
      });
    }

    if (existsSync(new URL('utils/', areaFolder))) {
      it(`rules/${area}/utils holds no rule`, async () => {
        for (const helper of readdirSync(new URL('utils/', areaFolder)).filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))) {
          const exports = (await import(new URL(`utils/${helper}`, areaFolder).href)) as Record<string, unknown>;
          const rules = Object.values(exports).filter((value) => [...registered.values()].includes(value as Rule));
          assert.deepEqual(rules, [], `utils/${helper} exports a registered rule`);
        }
      });
    }
  }

  it('every registered check rule lives in its own module, none in utils/', () => {
    for (const rule of checkRules) {
      const [area, name] = rule.meta.id.split('/') as [string, string];
      assert.ok(existsSync(new URL(`./${area}/${name}.ts`, rulesFolder)), `${rule.meta.id}: rules/${area}/${name}.ts`);
      assert.ok(!existsSync(new URL(`./${area}/utils/${name}.ts`, rulesFolder)), `${rule.meta.id}: a helper named like the rule`);
    }
  });
});

/**
 * `rules/factories/` holds what makes rules for several areas, nothing else: no rule of its own, no
 * helper of a single area (that belongs in the area's utils/), no fixture.
 */
describe('rule factories', () => {
  const rulesFolder = new URL('./', import.meta.url);
  const factoriesFolder = new URL(`./${FACTORIES}/`, rulesFolder);
  const areas = readdirSync(rulesFolder).filter((entry) => entry !== FACTORIES && statSync(new URL(entry, rulesFolder)).isDirectory());
  const entries = readdirSync(factoriesFolder);
  const modules = entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'));

  it(`rules/${FACTORIES} holds only factory modules, their tests and a README`, () => {
    assert.deepEqual(entries.filter((entry) => !entry.endsWith('.ts') && entry !== 'README.md'), [], 'no other files or folders');
    assert.deepEqual(allRules.map((rule) => rule.meta.id).filter((id) => id.startsWith(`${FACTORIES}/`)), [], 'no rule is registered under factories/');
  });

  for (const module of modules) {
    it(`rules/${FACTORIES}/${module} makes rules for several areas and is no rule itself`, async () => {
      const imported = (await import(new URL(module, factoriesFolder).href)) as Record<string, unknown>;
      assert.equal(imported.default, undefined, 'a factory module has no default export');
      assert.deepEqual(Object.keys(imported).filter((name) => allRules.includes(imported[name] as Rule)), [], 'a factory module exports no registered rule');
      const specifier = `'../${FACTORIES}/${module.slice(0, -'.ts'.length)}.js'`;
      const users = areas.filter((area) =>
        readdirSync(new URL(`./${area}/`, rulesFolder))
          .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))
          .some((entry) => readFileSync(new URL(`./${area}/${entry}`, rulesFolder), 'utf8').includes(specifier)),
      );
      assert.ok(users.length >= 2, `used by ${users.join(', ') || 'no area'}: a factory of one area belongs in rules/<area>/utils/`);
    });
  }
});
