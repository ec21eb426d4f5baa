import { useState } from 'react';
import { optionalConsentKinds } from '../../../contracts/privacy-vocabulary';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { ConsentsList } from '../people/consents-list';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { StatusMessage } from '../shell/status-message';
import { type OptionalConsent, useWithdrawConsent } from './profile-queries';

/** The texts of each optional consent's withdrawal: what it covers, the button, what withdrawing erases. */
const textKeys: Record<OptionalConsent, { explain: string; button: string; confirm: string }> = {
  migrant_background: {
    explain: 'profile.withdrawExplain',
    button: 'profile.withdraw',
    confirm: 'profile.withdrawText',
  },
  esf_special_categories: {
    explain: 'profile.withdrawSpecialExplain',
    button: 'profile.withdrawSpecial',
    confirm: 'profile.withdrawSpecialText',
  },
};

/** One optional consent the person gave, with the way to withdraw it (and what that erases). */
function WithdrawOne({ kind, onWithdrawn }: { kind: OptionalConsent; onWithdrawn: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdrawConsent(kind, () => {
    setOpen(false);
    onWithdrawn();
  });
  const texts = textKeys[kind];
  return (
    <div className="stack" data-testid={`withdraw-${kind}`}>
      <p>{t(texts.explain)}</p>
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        {t(texts.button)}
      </button>
      <ConfirmDialog
        open={open}
        title={t('profile.withdrawTitle')}
        confirmLabel={t('profile.withdrawConfirm')}
        tone="danger"
        pending={withdraw.isPending}
        error={withdraw.isError ? formErrorsFrom(withdraw.error, t, i18n).message : null}
        onCancel={() => setOpen(false)}
        onConfirm={() => withdraw.mutate()}
      >
        <p>{t(texts.confirm)}</p>
      </ConfirmDialog>
    </div>
  );
}

/** The person's consents, with a way to withdraw each optional one that is still given. */
export function OwnConsents({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [withdrawn, setWithdrawn] = useState(false);
  const active = optionalConsentKinds.filter((kind) =>
    person.consents.some((consent) => consent.kind === kind && !consent.withdrawnAt),
  );
  return (
    <section className="card" aria-labelledby="own-consents-title">
      <h2 className="section-title" id="own-consents-title">
        {t('profile.consentsTitle')}
      </h2>
      <ConsentsList consents={person.consents} />
      {withdrawn ? <StatusMessage tone="success">{t('profile.withdrawn')}</StatusMessage> : null}
      {active.map((kind) => (
        <WithdrawOne key={kind} kind={kind} onWithdrawn={() => setWithdrawn(true)} />
      ))}
    </section>
  );
}
