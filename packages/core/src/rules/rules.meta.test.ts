import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { rulePage } from '../docs/pages.js';
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
      assert.ok(rulePage(id) !== undefined, `docs/rules/${id}.md exists (node --conditions=source --import tsx scripts/rule-pages.ts writes it)`);
      if (rule.meta.origin === 'api-error') assert.ok(rule.meta.source, 'an api-error rule names the API server function it mirrors');
      assert.ok(rule.meta.messages && Object.keys(rule.meta.messages).length > 0, 'reports name messages of meta.messages');
    });
    it(`${id}: every messageId its tests expect is one of its messages`, () => {
      const tests = readFileSync(new URL(`./${area}/${name}.test.ts`, import.meta.url), 'utf8');
      for (const [, messageId] of tests.matchAll(/messageId: '([^']+)'/g)) {
        assert.ok(Object.hasOwn(rule.meta.messages ?? {}, messageId ?? ''), `${messageId} is not in meta.messages`);
      }
    });
  }
});
