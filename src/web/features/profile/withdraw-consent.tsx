import { useState } from 'react';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { ConsentsList } from '../people/consents-list';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { StatusMessage } from '../shell/status-message';
import { useWithdrawBackgroundConsent } from './profile-queries';

/** The person's consents, with a way to withdraw the optional consent about the migrant background. */
export function OwnConsents({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawBackgroundConsent();
  const [open, setOpen] = useState(false);
  const active = person.consents.some(
    (consent) => consent.kind === 'migrant_background' && !consent.withdrawnAt,
  );
  return (
    <section className="card" aria-labelledby="own-consents-title">
      <h2 className="section-title" id="own-consents-title">
        {t('profile.consentsTitle')}
      </h2>
      <ConsentsList consents={person.consents} />
      {withdraw.isSuccess ? <StatusMessage tone="success">{t('profile.withdrawn')}</StatusMessage> : null}
      {active ? (
        <>
          <p>{t('profile.withdrawExplain')}</p>
          <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
            {t('profile.withdraw')}
          </button>
        </>
      ) : null}
      <ConfirmDialog
        open={open}
        title={t('profile.withdrawTitle')}
        confirmLabel={t('profile.withdrawConfirm')}
        tone="danger"
        pending={withdraw.isPending}
        error={withdraw.isError ? formErrorsFrom(withdraw.error, t, i18n).message : null}
        onCancel={() => setOpen(false)}
        onConfirm={() => withdraw.mutate(undefined, { onSuccess: () => setOpen(false) })}
      >
        <p>{t('profile.withdrawText')}</p>
      </ConfirmDialog>
    </section>
  );
}
