import { useMemo } from 'react';
import { useTranslation } from '../../translator';

/** Dates and numbers in the current language, always through Intl. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(language);
    const safe = (format: Intl.DateTimeFormat, iso: string) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    return {
      dateTime: (iso: string) => safe(dateTime, iso),
      date: (iso: string) => safe(date, iso),
      number: (value: number) => number.format(value),
    };
  }, [language]);
}
