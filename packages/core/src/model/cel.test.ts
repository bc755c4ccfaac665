import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { celCompileProblem } from './cel.js';

const ADMISSION = new Set(['object', 'oldObject', 'request', 'params']);

describe('celCompileProblem', () => {
  it('passes expressions it cannot judge, and valid ones', () => {
    for (const expression of [
      'object.spec.replicas <= 5',
      'oldObject == null || object.spec.replicas >= oldObject.spec.replicas',
      'true',
      '.object.metadata.name != null',
      "object.metadata.name.startsWith('a')",
      'object.spec.containers.all(c, c.image != "")',
      'x // a comment with @ in it',
      'Object{spec: 1}',
      '1e3',
      '',
    ])
      assert.equal(celCompileProblem(expression, ADMISSION, 'bool'), undefined, expression);
  });

  it('reports what cannot compile anywhere', () => {
    for (const expression of [
      'a.b',
      '-leading',
      'x/y',
      'UPPER',
      'with space',
      '*',
      '../escape',
      'name:tag@sha256:abc',
      'ünïcode',
      'object.spec ==',
      'object.',
    ])
      assert.notEqual(celCompileProblem(expression, ADMISSION, 'bool'), undefined, expression);
  });

  it('reports a lone literal of another type than the one required', () => {
    assert.notEqual(celCompileProblem('0', ADMISSION, 'bool'), undefined);
    assert.notEqual(celCompileProblem('-1', ADMISSION, 'bool'), undefined);
    assert.notEqual(celCompileProblem('0', ADMISSION, 'string'), undefined);
    assert.notEqual(celCompileProblem('true', ADMISSION, 'string'), undefined);
    assert.equal(celCompileProblem('true', ADMISSION, 'bool'), undefined);
    assert.equal(celCompileProblem('0', ADMISSION, 'any'), undefined);
  });
});
