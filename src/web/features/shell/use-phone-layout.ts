import { useEffect, useState } from 'react';

const phoneQuery = '(max-width: 48rem)';

/** Whether the screen is phone-sized (the layout's breakpoint in styles.css). */
export function usePhoneLayout(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(phoneQuery).matches);
  useEffect(() => {
    const media = window.matchMedia(phoneQuery);
    const onChange = () => setPhone(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return phone;
}
