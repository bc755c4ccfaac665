import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readingRules } from '../engine/builtin-rules.js';
import { allRules } from '../engine/registry.js';

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
