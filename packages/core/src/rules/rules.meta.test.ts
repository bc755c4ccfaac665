import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ApiSource } from '../engine/rule.js';
import { rulePage } from '../docs/pages.js';
import { readingRules } from '../engine/builtin-rules.js';
import { allRules } from '../engine/registry.js';

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
  for (const [, module, version] of goMod.matchAll(/^\s*(?:require\s+)?(?:\S+\s+=>\s+)?([a-z0-9.-]+\.[a-z]+\/[\w./-]+)\s+(v[\w.+-]+)/gm)) {
    if (module && version) goModules.set(module, join(cache, `${module}@${version}`));
  }
  return goModules;
}

/** A light check that the Go function (or `Type.Method`) a source names is declared in its package. */
function goFunctionExists(source: ApiSource): boolean {
  const module = [...goModuleDirectories().keys()].filter((m) => source.package === m || source.package.startsWith(`${m}/`)).sort((a, b) => b.length - a.length)[0];
  if (!module) return false;
  const directory = join(goModuleDirectories().get(module) ?? '', source.package.slice(module.length));
  if (!existsSync(directory)) return false;
  const [receiver, name] = source.function.includes('.') ? source.function.split('.') : [undefined, source.function];
  const declaration = new RegExp(`^func ${receiver ? `\\([^)]*\\b${receiver}(\\[[^\\]]*\\])?\\) ` : ''}${name}[[(]`, 'm');
  return readdirSync(directory).some((file) => file.endsWith('.go') && !file.endsWith('_test.go') && declaration.test(readFileSync(join(directory, file), 'utf8')));
}

describe('rule catalogue', () => {
  for (const rule of checkRules) {
    const { id } = rule.meta;
    const [area, name] = id.split('/') as [string, string];
    it(`${id} has a module, a RuleTester file and complete metadata`, () => {
      assert.ok(existsSync(new URL(`./${area}/${name}.ts`, import.meta.url)), `rules/${area}/${name}.ts`);
      assert.ok(existsSync(new URL(`./${area}/${name}.test.ts`, import.meta.url)), `rules/${area}/${name}.test.ts`);
      assert.ok(rule.meta.description.length > 10 && rule.meta.description.length <= 160, 'a one-line description');
      assert.ok(rulePage(id) !== undefined, `docs/rules/${id}.md exists (node --conditions=source --import tsx scripts/rule-pages.ts writes it)`);
      if (rule.meta.origin === 'api-error') assert.ok((rule.meta.sources ?? []).length > 0, 'an api-error rule names the API server functions it mirrors in meta.sources');
      assert.ok(rule.meta.messages && Object.keys(rule.meta.messages).length > 0, 'reports name messages of meta.messages');
    });
    if (rule.meta.origin === 'api-error') {
      it(`${id}: every function of meta.sources exists in the Kubernetes source`, () => {
        for (const source of rule.meta.sources ?? []) assert.ok(goFunctionExists(source), `${source.package}: no func ${source.function}`);
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
