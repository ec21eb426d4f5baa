import { useMemo } from 'react';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';

/** Durations and session times in the reader's language, through Intl. */
export function useTrainingFormat() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useMemo(() => {
    const range = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const unit = (value: number, name: 'hour' | 'minute') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    return {
      locale,
      /** "120" -> "2 uur"; "150" -> "150 minuten". */
      duration: (minutes: number) =>
        minutes % 60 === 0 ? unit(minutes / 60, 'hour') : unit(minutes, 'minute'),
      /** Start and end of a session as one range, e.g. "di 4 mrt 2026, 14:00 – 16:00". */
      when: (startsAt: string, endsAt: string) => {
        const start = new Date(startsAt);
        const end = new Date(endsAt);
        if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
        return end > start ? range.formatRange(start, end) : range.format(start);
      },
    };
  }, [locale]);
}
