import Bowser from 'bowser';
import { type DeviceKind, type DeviceSummary, deviceKinds } from '../../contracts/auth.js';

/** The device behind a user agent string (Bowser's families: "Chrome", "Android", ...); nulls when unknown. */
export function describeDevice(userAgent: string | null): DeviceSummary {
  if (!userAgent?.trim()) return { browser: null, os: null, kind: null };
  const parsed = Bowser.parse(userAgent);
  const type = parsed.platform.type;
  return {
    browser: parsed.browser.name || null,
    os: parsed.os.name || null,
    kind: (deviceKinds as readonly string[]).includes(type ?? '') ? (type as DeviceKind) : null,
  };
}

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The network a session came from, never the full address: an IPv4 address as its /24
 * ("81.82.83.0/24"), an IPv6 address as its /48 ("2a02:1810:4f00::/48"). The place is told by the
 * range (the provider's block), without a geolocation database. Null for what is not an address.
 */
export function networkOf(ip: string | null): string | null {
  if (!ip) return null;
  const address = ip.toLowerCase().startsWith('::ffff:') && ipv4.test(ip.slice(7)) ? ip.slice(7) : ip;
  const v4 = ipv4.exec(address);
  if (v4) {
    const octets = v4.slice(1, 4).map(Number);
    if ([...octets, Number(v4[4])].some((octet) => octet > 255)) return null;
    return `${octets.join('.')}.0/24`;
  }
  const groups = expandIpv6(address);
  if (!groups) return null;
  const prefix = groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, ''));
  return `${prefix.join(':')}::/48`;
}

/** The eight groups of an IPv6 address, or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  if (!/^[0-9a-f:]+$/i.test(address) || address.split('::').length > 2) return null;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right];
  return groups.every((group) => /^[0-9a-f]{1,4}$/.test(group)) ? groups : null;
}
