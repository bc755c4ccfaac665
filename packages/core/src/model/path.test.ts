import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPath, parsePath } from './path.js';

describe('field paths', () => {
  it('uses the API server notation', () => {
    assert.equal(
      formatPath(['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'hostPort']),
      'spec.template.spec.containers[1].ports[0].hostPort',
    );
    assert.equal(
      formatPath(['metadata', 'labels', 'app.kubernetes.io/name']),
      'metadata.labels[app.kubernetes.io/name]',
    );
  });

  it('parses what it formats, and the API server form of map keys', () => {
    const path = ['spec', 'containers', 0, 'env', 2, 'value'];
    assert.deepEqual(parsePath(formatPath(path)), path);
    assert.deepEqual(parsePath('metadata.labels["a.b/c"]'), ['metadata', 'labels', 'a.b/c']);
    assert.deepEqual(parsePath('metadata.annotations[example.com/x]'), ['metadata', 'annotations', 'example.com/x']);
  });
});
