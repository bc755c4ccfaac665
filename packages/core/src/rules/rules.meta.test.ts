import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ApiSource } from '../engine/rule.js';
import { rulePage } from '../docs/pages.js';
import { readingRules } from '../engine/builtin-rules.js';
import { allRules } from '../engine/registry.js';
import type { Rule } from '../engine/rule.js';

/**
 * typescript-eslint's lesson: consistency is enforced by tests, not by review. Every check rule
 * lives in rules/<area>/<name>.ts beside its RuleTester file, and documents itself the same way.
 */
const readingIds = new Set(readingRules.map((rule) => rule.meta.id));
const checkRules = allRules.filter((rule) => !readingIds.has(rule.meta.id));

/** Go module → its directory in the module cache, at the versions the oracle builds with. */
let goModules: Map<string, string> | undefined;

function goModuleDirectories(): Map<string, string> {
  if (goModules) return goModules;
  const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
  const goMod = readFileSync(new URL('../../../../test/oracle/go.mod', import.meta.url), 'utf8');
  goModules = new Map();
  // Both `require` lines and `replace … => module version` lines: the replacement wins.
  for (const [, module, version] of goMod.matchAll(
    /^\s*(?:require\s+)?(?:\S+\s+=>\s+)?([a-z0-9.-]+\.[a-z]+\/[\w./-]+)\s+(v[\w.+-]+)/gm,
  )) {
    if (module && version) goModules.set(module, join(cache, `${module}@${version}`));
  }
  return goModules;
}

/** A light check that the Go function (or `Type.Method`) a source names is declared in its package. */
function goFunctionExists(source: ApiSource): boolean {
  const module = [...goModuleDirectories().keys()]
    .filter((m) => source.package === m || source.package.startsWith(`${m}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (!module) return false;
  const directory = join(goModuleDirectories().get(module) ?? '', source.package.slice(module.length));
  if (!existsSync(directory)) return false;
  const [receiver, name] = source.function.includes('.') ? source.function.split('.') : [undefined, source.function];
  const declaration = new RegExp(
    `^func ${receiver ? `\\([^)]*\\b${receiver}(\\[[^\\]]*\\])?\\) ` : ''}${name}[[(]`,
    'm',
  );
  return readdirSync(directory).some(
    (file) =>
      file.endsWith('.go') &&
      !file.endsWith('_test.go') &&
      declaration.test(readFileSync(join(directory, file), 'utf8')),
  );
}

describe('rule catalogue', () => {
  for (const rule of checkRules) {
    const { id } = rule.meta;
    const [area, name] = id.split('/') as [string, string];
    it(`${id} has a module, a RuleTester file and complete metadata`, () => {
      assert.ok(existsSync(new URL(`./${area}/${name}.ts`, import.meta.url)), `rules/${area}/${name}.ts`);
      assert.ok(existsSync(new URL(`./${area}/${name}.test.ts`, import.meta.url)), `rules/${area}/${name}.test.ts`);
      assert.ok(rule.meta.description.length > 10 && rule.meta.description.length <= 160, 'a one-line description');
      assert.ok(
        rulePage(id) !== undefined,
        `docs/rules/${id}.md exists (node --conditions=source --import tsx scripts/rule-pages.ts writes it)`,
      );
      if (rule.meta.origin === 'api-error')
        assert.ok(
          (rule.meta.sources ?? []).length > 0,
          'an api-error rule names the API server functions it mirrors in meta.sources',
        );
      assert.ok(
        rule.meta.messages && Object.keys(rule.meta.messages).length > 0,
        'reports name messages of meta.messages',
      );
    });
    if (rule.meta.origin === 'api-error') {
      it(`${id}: every function of meta.sources exists in the Kubernetes source`, () => {
        for (const source of rule.meta.sources ?? [])
          assert.ok(goFunctionExists(source), `${source.package}: no func ${source.function}`);
      });
    }
    it(`${id}: every messageId its tests expect is one of its messages`, () => {
      const tests = readFileSync(new URL(`./${area}/${name}.test.ts`, import.meta.url), 'utf8');
      for (const [, messageId] of tests.matchAll(/messageId: '([^']+)'/g)) {
        assert.ok(Object.hasOwn(rule.meta.messages ?? {}, messageId ?? ''), `${messageId} is not in meta.messages`);
      }
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
  const areas = readdirSync(rulesFolder).filter(
    (entry) => entry !== FACTORIES && statSync(new URL(entry, rulesFolder)).isDirectory(),
  );
  const registered = new Map(allRules.map((rule) => [rule.meta.id, rule]));

  for (const area of areas) {
    const areaFolder = new URL(`./${area}/`, rulesFolder);
    const entries = readdirSync(areaFolder);
    const modules = entries.filter(
      (entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts') && entry !== 'index.ts',
    );

    it(`rules/${area} holds only rules, their tests, index.ts and utils/`, () => {
      const others = entries.filter((entry) => !entry.endsWith('.ts') && entry !== 'utils');
      assert.deepEqual(others, [], 'no other files or folders');
      for (const entry of entries.filter((name) => name === 'utils'))
        assert.ok(statSync(new URL(entry, areaFolder)).isDirectory(), 'utils is a folder');
    });

    for (const module of modules) {
      const id = `${area}/${module.slice(0, -'.ts'.length)}`;
      it(`rules/${area}/${module} is the registered rule ${id}`, async () => {
        const imported = (await import(new URL(module, areaFolder).href)) as { default?: Rule };
        const exported = imported.default;
        assert.deepEqual(
          Object.keys(imported).filter((name) => name !== 'default'),
          [],
          `a rule module exports only its rule; shared code belongs in rules/${area}/utils/`,
        );
        assert.ok(
          exported?.meta !== undefined && typeof exported.create === 'function',
          `its default export is a rule; a helper belongs in rules/${area}/utils/`,
        );
        assert.equal(exported.meta.id, id, 'the file is named after the rule id');
        assert.equal(registered.get(id), exported, `the rule is registered (listed in rules/${area}/index.ts)`);
      });
    }

    if (existsSync(new URL('utils/', areaFolder))) {
      it(`rules/${area}/utils holds no rule`, async () => {
        for (const helper of readdirSync(new URL('utils/', areaFolder)).filter(
          (entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'),
        )) {
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
      assert.ok(
        !existsSync(new URL(`./${area}/utils/${name}.ts`, rulesFolder)),
        `${rule.meta.id}: a helper named like the rule`,
      );
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
  const areas = readdirSync(rulesFolder).filter(
    (entry) => entry !== FACTORIES && statSync(new URL(entry, rulesFolder)).isDirectory(),
  );
  const entries = readdirSync(factoriesFolder);
  const modules = entries.filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'));

  it(`rules/${FACTORIES} holds only factory modules, their tests and a README`, () => {
    assert.deepEqual(
      entries.filter((entry) => !entry.endsWith('.ts') && entry !== 'README.md'),
      [],
      'no other files or folders',
    );
    assert.deepEqual(
      allRules.map((rule) => rule.meta.id).filter((id) => id.startsWith(`${FACTORIES}/`)),
      [],
      'no rule is registered under factories/',
    );
  });

  for (const module of modules) {
    it(`rules/${FACTORIES}/${module} makes rules for several areas and is no rule itself`, async () => {
      const imported = (await import(new URL(module, factoriesFolder).href)) as Record<string, unknown>;
      assert.equal(imported.default, undefined, 'a factory module has no default export');
      assert.deepEqual(
        Object.keys(imported).filter((name) => allRules.includes(imported[name] as Rule)),
        [],
        'a factory module exports no registered rule',
      );
      const specifier = `'../${FACTORIES}/${module.slice(0, -'.ts'.length)}.js'`;
      const users = areas.filter((area) =>
        readdirSync(new URL(`./${area}/`, rulesFolder))
          .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))
          .some((entry) => readFileSync(new URL(`./${area}/${entry}`, rulesFolder), 'utf8').includes(specifier)),
      );
      assert.ok(
        users.length >= 2,
        `used by ${users.join(', ') || 'no area'}: a factory of one area belongs in rules/<area>/utils/`,
      );
    });
  }
});
