import type { ReactNode } from 'react';

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;
const trailingPunctuation = /[.,;:!?)\]]+$/;

/** Splits plain text into text and clickable http(s) links; nothing else becomes markup. */
export function linkText(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const url = raw.replace(trailingPunctuation, '');
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={`${start}-${url}`} href={url} className="break-all">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
