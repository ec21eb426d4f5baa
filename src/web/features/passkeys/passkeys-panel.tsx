import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/call-api';
import { sessionKey } from '../../api/query-client';
import type { SessionResponse } from '../../api/types';
import { useTranslation } from '../../translator';
import { needsReauthentication, ReauthenticateForm } from '../auth/reauthenticate-form';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { createPasskey, usePasskeySupport, wasCancelled } from './passkeys';

const idPrefix = 'passkeys';
const pageSize = 20;

type Pending = { kind: 'add'; name: string } | { kind: 'remove'; id: string };

/**
 * My passkeys on the account page: add one (the browser or phone makes it), see when each was used,
 * remove one. Changing how one signs in asks for the password again when the sign-in is not recent.
 */
export function PasskeysPanel({ session }: { session: SessionResponse }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const support = usePasskeySupport();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [notice, setNotice] = useState<string | null>(null);
  // The change waiting for the password to be confirmed.
  const [waiting, setWaiting] = useState<Pending | null>(null);
  const participant = session.user.role === 'mentee' || session.user.role === 'mentor';
  const passkeys = useQuery({
    queryKey: ['me', 'passkeys'],
    queryFn: () => callApi('GET /api/me/passkeys', { query: { page: 1, pageSize } }),
  });

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['me', 'passkeys'] });
    await queryClient.invalidateQueries({ queryKey: sessionKey });
  };
  const failed = (error: unknown, pending: Pending) => {
    if (needsReauthentication(error)) {
      setErrors(noFormErrors);
      setWaiting(pending);
      return;
    }
    setNotice(null);
    if (wasCancelled(error)) setNotice(t('passkeys.cancelled'));
    else setErrors(formErrorsFrom(error, t, i18n));
  };

  const add = useMutation({
    mutationFn: async (label: string) => {
      const begun = await callApi('POST /api/me/passkeys/options');
      const credential = await createPasskey(begun.options);
      return callApi('POST /api/me/passkeys', {
        body: { challengeId: begun.challengeId, name: label, credential: credential as never },
      });
    },
    onSuccess: async () => {
      setErrors(noFormErrors);
      setName('');
      setNotice(t('passkeys.added'));
      await refresh();
    },
    onError: (error, label) => failed(error, { kind: 'add', name: label }),
  });
  const remove = useMutation({
    mutationFn: (passkeyId: string) =>
      callApi('DELETE /api/me/passkeys/:passkeyId', { params: { passkeyId } }),
    onSuccess: async () => {
      setErrors(noFormErrors);
      setNotice(t('passkeys.removed'));
      await refresh();
    },
    onError: (error, id) => failed(error, { kind: 'remove', id }),
  });
  const confirmed = () => {
    const pending = waiting;
    setWaiting(null);
    setErrors(noFormErrors);
    if (pending?.kind === 'add') add.mutate(pending.name);
    if (pending?.kind === 'remove') remove.mutate(pending.id);
  };

  function submitAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const label = name.trim() || t('passkeys.defaultName');
    if (label.length > 60) {
      setErrors({
        message: t('errors.validation.failed'),
        fields: { name: t('fieldErrors.tooLongText', { limit: 60 }) },
      });
      return;
    }
    add.mutate(label);
  }

  const labels = { name: t('passkeys.name') };
  const items = passkeys.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="passkeys-title">
      <h2 className="section-title" id="passkeys-title">
        {t('passkeys.title')}
      </h2>
      <p>{participant ? t('passkeys.lead') : t('passkeys.leadStaff')}</p>
      {notice ? <StatusMessage tone="success">{notice}</StatusMessage> : null}
      {passkeys.isSuccess && items.length === 0 ? <p className="muted">{t('passkeys.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="compact-list" data-testid="my-passkeys">
          {items.map((passkey) => (
            <li key={passkey.id} className="compact-list__item">
              <p className="compact-list__head">
                <strong>{passkey.name}</strong>
                {passkey.synced ? <span className="badge badge--info">{t('passkeys.synced')}</span> : null}
              </p>
              <p>
                {t('passkeys.addedOn', { when: format.dateTime(passkey.createdAt) })} ·{' '}
                {passkey.lastUsedAt
                  ? t('passkeys.lastUsed', { when: format.dateTime(passkey.lastUsedAt) })
                  : t('passkeys.neverUsed')}
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={remove.isPending || waiting !== null}
                aria-label={t('passkeys.removeLabel', { name: passkey.name })}
                onClick={() => {
                  setNotice(null);
                  remove.mutate(passkey.id);
                }}
              >
                {t('passkeys.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {waiting ? (
        <ReauthenticateForm
          idPrefix={`${idPrefix}-confirm`}
          onConfirmed={confirmed}
          onCancel={() => setWaiting(null)}
        />
      ) : !support.loaded ? null : !participant && !session.twoFactor.totp ? (
        <p className="muted">{t('passkeys.needsTwoFactor')}</p>
      ) : !support.available ? (
        <p className="muted">{t('passkeys.unavailable')}</p>
      ) : support.elsewhere ? (
        <p className="muted">
          {t('passkeys.elsewhere', { origin: support.elsewhere })}{' '}
          <a href={`${support.elsewhere}/account`}>{support.elsewhere}/account</a>
        </p>
      ) : !support.browser ? (
        <p className="muted">{t('passkeys.unsupported')}</p>
      ) : (
        <form className="form" noValidate onSubmit={submitAdd} aria-label={t('passkeys.add')}>
          <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
          <TextField
            idPrefix={idPrefix}
            name="name"
            label={labels.name}
            hint={t('passkeys.nameHint')}
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields.name}
          />
          <div className="form__actions">
            <SubmitButton label={t('passkeys.add')} pending={add.isPending} />
          </div>
        </form>
      )}
    </section>
  );
}
