import { useMemo } from 'react';
import type { PartnershipHealth } from '../../api/types';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { formatMonth, programmeTimeZone } from './brussels-time';

/**
 * Dates, times and health reasons of the mentoring cycle in the reader's language. Times are in
 * Brussels time and say so, because a phone abroad would otherwise show another hour.
 */
export function usePartnershipFormat() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useMemo(() => {
    const when = new Intl.DateTimeFormat(locale, {
      timeZone: programmeTimeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const day = new Intl.DateTimeFormat(locale, {
      timeZone: programmeTimeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const short = new Intl.DateTimeFormat(locale, {
      timeZone: programmeTimeZone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const safe = (format: Intl.DateTimeFormat, iso: string | null) => {
      if (!iso) return '—';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    const minutes = (value: number) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value);
    const detail = (value: string | number | undefined) =>
      typeof value === 'string' ? formatMonth(value, locale) : (value ?? '');
    return {
      locale,
      /** "vrijdag 4 december 2026 om 14:00", Brussels time. */
      when: (iso: string | null) => safe(when, iso),
      /** "4 december 2026". */
      day: (iso: string | null) => safe(day, iso),
      /** "4 dec. 14:00", for tables. */
      short: (iso: string | null) => safe(short, iso),
      minutes,
      /** Why the partnership has its health state, with the numbers and months of the rule. */
      healthReason: (health: PartnershipHealth) =>
        t(`partnerships.healthRules.${health.rule}`, {
          days: detail(health.details.days),
          held: detail(health.details.held),
          planned: detail(health.details.planned),
          daysLeft: detail(health.details.daysLeft),
          month: detail(health.details.month),
          nextMonth: detail(health.details.nextMonth),
        }),
    };
  }, [locale, t]);
}
