import { describe, expect, it } from 'vitest';
import { describeDevice, networkOf } from './devices.js';

describe('describeDevice', () => {
  it('names the browser, the system and the kind of device', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ browser: 'Safari', os: 'iOS', kind: 'mobile' });
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toEqual({ browser: 'Microsoft Edge', os: 'Windows', kind: 'desktop' });
    expect(describeDevice('Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0')).toEqual({
      browser: 'Firefox',
      os: 'Android',
      kind: 'mobile',
    });
  });

  it('says nothing when there is no user agent or it is not a browser', () => {
    expect(describeDevice(null)).toEqual({ browser: null, os: null, kind: null });
    expect(describeDevice('  ')).toEqual({ browser: null, os: null, kind: null });
    expect(describeDevice('curl/8.5.0').kind).toBeNull();
  });
});

describe('networkOf', () => {
  it('keeps an IPv4 address to its /24', () => {
    expect(networkOf('81.82.83.84')).toBe('81.82.83.0/24');
    expect(networkOf('::ffff:81.82.83.84')).toBe('81.82.83.0/24');
  });

  it('keeps an IPv6 address to its /48', () => {
    expect(networkOf('2a02:1810:4f00:1234::1')).toBe('2a02:1810:4f00::/48');
    expect(networkOf('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8:0::/48');
    expect(networkOf('::1')).toBe('0:0:0::/48');
  });

  it('refuses what is not an address', () => {
    for (const value of [null, '', '300.1.1.1', 'localhost', '1:2:3:4:5:6:7:8:9', '1::2::3', 'abc'])
      expect(networkOf(value), String(value)).toBeNull();
  });
});
