import sanitizeHtml from 'sanitize-html';

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }) },
};

/** The same parse and serialisation without removing anything: what "unchanged" is compared with. */
const keepEverything: sanitizeHtml.IOptions = {
  ...allowed,
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  allowedSchemesAppliedToAttributes: [],
};

/**
 * Cleans the HTML of a self-study page on write: a small safe set of tags (paragraphs, two heading
 * levels, lists, emphasis, quotes, line breaks, http/https/mailto links with rel=noopener). Scripts,
 * event attributes, styles and javascript: links never survive. `changed` says whether anything was
 * removed (serialisation differences such as `<br>` versus `<br />` do not count), so the editor can
 * be told.
 */
export function sanitisePageHtml(html: string): { html: string; changed: boolean } {
  const clean = sanitizeHtml(html, allowed).trim();
  const normalised = sanitizeHtml(html, keepEverything).trim();
  return { html: clean, changed: clean !== normalised };
}
