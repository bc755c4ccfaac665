import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { differences, isUnset, sameValue } from './update-view.js';

describe('isUnset and sameValue: an empty struct behind a pointer is set', () => {
  it('counts `{}` as set where the Go field is a pointer to a struct', () => {
    for (const path of [
      ['spec', 'dnsConfig'],
      ['spec', 'affinity'],
      ['spec', 'template', 'spec', 'affinity', 'podAntiAffinity'],
      ['spec', 'containers', 0, 'lifecycle'],
      ['spec', 'containers', 0, 'securityContext'],
      ['spec', 'containers', 0, 'securityContext', 'seLinuxOptions'],
      ['spec', 'resources'],
      ['spec', 'template', 'spec', 'resources'],
      ['spec', 'affinity', 'podAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 0, 'namespaceSelector'],
      ['spec', 'csi', 'nodeStageSecretRef'],
    ]) {
      assert.equal(isUnset({}, path), false, path.join('.'));
      assert.equal(sameValue(undefined, {}, path), false, path.join('.'));
    }
  });

  it('a struct holding only a pointer struct is set too (`dnsConfig: {options: []}` is a non-nil dnsConfig)', () => {
    assert.equal(sameValue(undefined, { dnsConfig: { options: [] } }, ['spec']), false);
    assert.equal(sameValue({}, { affinity: {} }, ['spec']), false);
  });

  it('keeps `{}` equal to absent where the field is a struct value, a map, or defaulted to `{}`', () => {
    for (const path of [
      // SetDefaults_PodSpec makes the pod's securityContext `{}` when it is absent.
      ['spec', 'securityContext'],
      ['spec', 'template', 'spec', 'securityContext'],
      // A container's resources are a struct value.
      ['spec', 'containers', 0, 'resources'],
      // A Service's selector is a map.
      ['spec', 'selector'],
      ['spec', 'strategy'],
      // Inside a map, a key is data.
      ['metadata', 'labels', 'affinity'],
    ]) {
      assert.equal(sameValue(undefined, {}, path), true, path.join('.'));
    }
    assert.equal(sameValue(undefined, { securityContext: {} }, ['spec']), true);
    assert.equal(
      sameValue({ containers: [{ name: 'a' }] }, { containers: [{ name: 'a', resources: {} }] }, ['spec']),
      true,
    );
  });

  it('differences name the pointer struct that was added', () => {
    const found = differences({ containers: [{ name: 'a' }] }, { containers: [{ name: 'a', lifecycle: {} }] }, [
      'spec',
    ]);
    assert.deepEqual(found, [{ path: ['spec', 'containers', 0, 'lifecycle'], old: undefined, new: {} }]);
  });
});
