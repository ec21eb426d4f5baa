import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';

const feedKey = ['calendar-feed'] as const;

/** The personal calendar feed: its secret address to copy into a calendar app, and renewing it. */
export function CalendarFeedPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: feedKey, queryFn: () => callApi('GET /api/me/calendar') });
  const renew = useMutation({
    mutationFn: () => callApi('POST /api/me/calendar/renew', { body: {} }),
    onSuccess: (renewed) => queryClient.setQueryData(feedKey, renewed),
  });
  const [copied, setCopied] = useState(false);
  const [renewed, setRenewed] = useState(false);
  const url = feed.data?.url ?? '';
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section className="card" aria-labelledby="calendar-title" data-testid="calendar-feed">
      <h2 className="section-title" id="calendar-title">
        {t('calendar.title')}
      </h2>
      <p className="section-lead">{t('calendar.lead')}</p>
      {feed.isPending ? (
        <Loading label={t('common.loading')} />
      ) : feed.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(feed.error, t, i18n).message}</StatusMessage>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor="calendar-url">
              {t('calendar.address')}
            </label>
            <input
              id="calendar-url"
              className="field__input break-all"
              readOnly
              value={url}
              data-testid="calendar-url"
            />
          </div>
          <div className="row-actions">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t('calendar.copy')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={renew.isPending}
              onClick={() => {
                setCopied(false);
                renew.mutate(undefined, { onSuccess: () => setRenewed(true) });
              }}
            >
              {renew.isPending ? t('common.working') : t('calendar.renew')}
            </button>
          </div>
          {copied ? <StatusMessage tone="success">{t('calendar.copied')}</StatusMessage> : null}
          {renewed ? <StatusMessage tone="success">{t('calendar.renewed')}</StatusMessage> : null}
          {renew.error ? (
            <StatusMessage tone="error">{formErrorsFrom(renew.error, t, i18n).message}</StatusMessage>
          ) : null}
          <p className="field__hint">{t('calendar.secret')}</p>
        </>
      )}
    </section>
  );
}
