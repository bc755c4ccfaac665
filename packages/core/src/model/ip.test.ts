import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ipFamily, isCIDR, isIP, isIPv4, isIPv6, strictIPProblem } from './ip.js';

describe('IP addresses as the API server parses them', () => {
  it('reads IPv4, leading zeros included', () => {
    for (const text of ['10.0.0.1', '255.255.255.255', '010.001.000.001']) assert.ok(isIPv4(text), text);
    for (const text of ['256.0.0.1', '1.2.3', '1.2.3.4.5', 'a.b.c.d', '1..2.3', '']) assert.ok(!isIPv4(text), text);
  });
  it('reads IPv6 with one ellipsis and an IPv4 tail', () => {
    for (const text of [
      '::',
      '::1',
      '2001:db8::',
      '2001:db8::1:2',
      'fe80:0:0:0:0:0:0:1',
      '::ffff:1.2.3.4',
      '64:ff9b::192.0.2.33',
      '1:2:3:4:5:6:1.2.3.4',
    ])
      assert.ok(isIPv6(text), text);
    for (const text of [
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '1:2:3:4:5:6:7:8::',
      '12345::',
      'fe80::1%eth0',
      ':1:2:3:4:5:6:7',
      '1.2.3.4',
      'g::1',
      '1:2:3:4:5:6:7',
    ])
      assert.ok(!isIPv6(text), text);
  });
  it('isIP is either', () => {
    assert.ok(isIP('10.0.0.1') && isIP('::1') && !isIP('example.com'));
  });
  it('isCIDR reads an address and a prefix length within its bits', () => {
    for (const text of ['10.244.1.0/24', '10.244.1.7/24', '010.0.0.0/8', 'fd00::/64', '::/0'])
      assert.ok(isCIDR(text), text);
    for (const text of ['10.244.1.0', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/x', '/24', 'UPPER'])
      assert.ok(!isCIDR(text), text);
  });
  it('ipFamily tells IPv4 from IPv6', () => {
    assert.equal(ipFamily('10.0.0.0/8'), 4);
    assert.equal(ipFamily('fd00::/64'), 6);
    assert.equal(ipFamily('nope'), undefined);
  });
  it('reads an address strictly as IsValidIP does: no leading zeros, not IPv4-mapped, canonical', () => {
    for (const text of ['10.0.0.1', '2001:db8::1', '::', '::1', 'fe80::1:0:0:1', '2001:db8:0:1::', '1::1:0:0:1:1'])
      assert.equal(strictIPProblem(text), undefined, text);
    const problems: Array<[string, string]> = [
      ['010.0.0.1', 'must not have leading 0s'],
      ['::ffff:10.0.0.1', 'must not be an IPv4-mapped IPv6 address'],
      ['2001:DB8::1', 'must be in canonical form ("2001:db8::1")'],
      ['2001:db8:0:0:0:0:0:1', 'must be in canonical form ("2001:db8::1")'],
      ['2001:0db8::1', 'must be in canonical form ("2001:db8::1")'],
      ['2001:db8::0:1', 'must be in canonical form ("2001:db8::1")'],
      // A single zero group is not shortened; of two equal runs the first is.
      ['2001:db8::1:1:1:1:1', 'must be in canonical form ("2001:db8:0:1:1:1:1:1")'],
      ['1:0:0:1:0:0:1:1', 'must be in canonical form ("1::1:0:0:1:1")'],
      ['::1.2.3.4', 'must be in canonical form ("::102:304")'],
      ['a.b', 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    ];
    for (const [text, problem] of problems) assert.equal(strictIPProblem(text), problem, text);
  });
});
