import { useState } from 'react';

/** Reads `#token=...` once: links in emails carry the token in the fragment, which is never sent to servers. */
export function useHashToken(): string | null {
  const [token] = useState(() => {
    const value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    return value && value.length >= 16 ? value : null;
  });
  return token;
}
