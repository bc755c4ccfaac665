import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLegacyIP } from './ip-address.js';

describe('isLegacyIP', () => {
  it('accepts what every release parses', () => {
    for (const ip of [
      '10.0.0.1',
      '010.000.000.001',
      '255.255.255.255',
      '::1',
      '::',
      '2001:db8::53',
      'fe80::1:2:3:4:5:6',
      '1:2:3:4:5:6:7:8',
      '::ffff:10.0.0.1',
      '64:ff9b::192.0.2.33',
    ]) {
      assert.equal(isLegacyIP(ip), true, ip);
    }
  });
  it('refuses what no release parses', () => {
    for (const ip of [
      '',
      '10.0.0.256',
      '10.0.0',
      '10.0.0.1.2',
      'dns.example.com',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7::8',
      '2001:db8:::1',
      '1::2::3',
      'fe80::1%eth0',
      '12345::1',
      '::1.2.3',
      ' 10.0.0.1',
    ]) {
      assert.equal(isLegacyIP(ip), false, ip);
    }
  });
});
