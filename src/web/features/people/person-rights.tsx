import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { callApi } from '../../api/call-api';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { StatusMessage } from '../shell/status-message';

const idPrefix = 'person-erasure';

/**
 * An admin answers a person's request under the GDPR: download everything held about them, or erase
 * them (docs/privacy.md). The erasure asks for the reason and a confirmation; ESF+ evidence goes on hold.
 */
export function PersonRights({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const erase = useMutation({
    mutationFn: () =>
      callApi('POST /api/people/:id/erasure', { params: { id: person.id }, body: { reason } }),
    onSuccess: async () => {
      setOpen(false);
      // The lists no longer hold the person; this page stays until the coach leaves it.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'person' });
    },
    onError: (error) => {
      setOpen(false);
      setErrors(formErrorsFrom(error, t, i18n));
    },
  });
  if (erase.isSuccess) {
    const held = erase.data.held;
    return (
      <section className="card" aria-labelledby="person-rights-title">
        <h2 className="section-title" id="person-rights-title">
          {t('personRights.title')}
        </h2>
        <StatusMessage tone="success">
          {held
            ? t('personRights.erasedHeld', { until: new Date(held.until).toLocaleDateString(i18n.language) })
            : t('personRights.erased')}
        </StatusMessage>
        <Link className="button button--secondary" to="/caseload">
          {t('person.backToCaseload')}
        </Link>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="person-rights-title">
      <h2 className="section-title" id="person-rights-title">
        {t('personRights.title')}
      </h2>
      <p>{t('personRights.exportText')}</p>
      <div className="form__actions">
        <a className="button button--secondary" href={`/api/people/${person.id}/data-export.pdf`} download>
          {t('personRights.downloadPdf')}
        </a>
        <a className="button button--secondary" href={`/api/people/${person.id}/data-export`} download>
          {t('personRights.download')}
        </a>
      </div>
      <h3 className="subsection-title">{t('personRights.eraseTitle')}</h3>
      <p>{t('personRights.eraseText')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim().length < 3) {
            setErrors({
              message: t('errors.validation.failed'),
              fields: { reason: t('personRights.reasonNeeded') },
            });
            return;
          }
          setErrors(noFormErrors);
          setOpen(true);
        }}
      >
        <ErrorSummary idPrefix={idPrefix} errors={errors} labels={{ reason: t('personRights.reason') }} />
        <TextField
          idPrefix={idPrefix}
          name="reason"
          label={t('personRights.reason')}
          hint={t('personRights.reasonHint')}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          error={errors.fields.reason}
        />
        <button type="submit" className="button button--danger-quiet">
          {t('personRights.erase')}
        </button>
      </form>
      <ConfirmDialog
        open={open}
        title={t('personRights.confirmTitle', { name: person.name })}
        confirmLabel={t('personRights.confirm')}
        tone="danger"
        pending={erase.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => erase.mutate()}
      >
        <p>{t('personRights.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}
