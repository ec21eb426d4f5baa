import { describe, expect, it } from 'vitest';
import { escapeXml } from './europass-xml.js';

describe('escapeXml', () => {
  it('escapes the five special characters and drops what XML 1.0 cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
    expect(escapeXml('ok\u0000\u0007 ليلى')).toBe('ok ليلى');
  });
});
