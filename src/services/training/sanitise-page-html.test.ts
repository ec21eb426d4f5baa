import { describe, expect, it } from 'vitest';
import { sanitisePageHtml } from './sanitise-page-html.js';

describe('sanitisePageHtml', () => {
  it('keeps the safe set unchanged and adds rel=noopener to links', () => {
    const html =
      '<h2>Je cv</h2><p>Schrijf <strong>kort</strong> en <em>concreet</em>.<br>Zie <a href="https://www.vdab.be">VDAB</a>.</p><ul><li>een</li></ul><ol><li>twee</li></ol><blockquote>Citaat</blockquote><h3>Mail</h3><p><a href="mailto:info@example.be">mail</a></p>';
    const result = sanitisePageHtml(html);
    expect(result.changed).toBe(false);
    expect(result.html).toContain('<a href="https://www.vdab.be" rel="noopener">VDAB</a>');
    expect(result.html).toContain('<blockquote>Citaat</blockquote>');
  });

  it('removes scripts, event attributes, styles and javascript: links, and says so', () => {
    const result = sanitisePageHtml(
      '<p onclick="steal()" style="color:red">Hallo</p><script>alert(1)</script><a href="javascript:alert(1)">klik</a><img src="x" onerror="alert(1)"><a href="//evil.example/x">rel</a>',
    );
    expect(result.changed).toBe(true);
    expect(result.html).not.toMatch(/script|onclick|onerror|style=|javascript:|<img|evil\.example/i);
    expect(result.html).toContain('<p>Hallo</p>');
  });

  it('turns plain text and entities into the same text, unchanged', () => {
    expect(sanitisePageHtml('Werk & leven')).toEqual({ html: 'Werk &amp; leven', changed: false });
  });
});
