// Issue 19, the "Lower" list: the ones fixed so far.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../packages/core/src/config/config.js';

describe('lower items', () => {
  it('config type errors read as English: "must be a mapping", not "must be a object"', () => {
    const { errors } = parseConfig('c.yaml', 'rules: []\nignore: 3\n');
    assert.deepEqual(
      errors.map((error) => error.message),
      ['`rules` must be a mapping', '`ignore` must be a list'],
    );
  });
});
