import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { formErrorsFor } from './form-errors-for';
import { useAskForHelp } from './partnership-queries';

/** A mentee or mentor asks their coach for help; the coach sees it on their to-do list. */
export function HelpRequestForm({
  partnershipId,
  coachName,
}: {
  partnershipId: string;
  coachName: string | null;
}) {
  const { t, i18n } = useTranslation();
  const ask = useAskForHelp(partnershipId);
  const idPrefix = `help-${partnershipId}`;
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [sent, setSent] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const labels = { message: t('partnerships.help.message') };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = new FormData(event.currentTarget).get('message');
    const message = typeof entry === 'string' ? entry.trim() : '';
    setSent(false);
    if (!message) {
      setErrors({ message: t('errors.validation.failed'), fields: { message: t('fieldErrors.required') } });
      return;
    }
    setErrors(noFormErrors);
    ask.mutate(message, {
      onSuccess: () => {
        setSent(true);
        setFormKey((key) => key + 1);
      },
      onError: (error) => setErrors(formErrorsFor(error, ['message'], t, i18n)),
    });
  }
  return (
    <section className="card" aria-labelledby={`${idPrefix}-title`} id="ask-for-help">
      <h2 className="section-title" id={`${idPrefix}-title`}>
        {t('partnerships.help.askTitle')}
      </h2>
      <p className="section-lead">
        {coachName
          ? t('partnerships.help.askLead', { name: coachName })
          : t('partnerships.help.askLeadNoCoach')}
      </p>
      {sent ? (
        <StatusMessage tone="success" testId="help-sent">
          {t('partnerships.help.sent')}
        </StatusMessage>
      ) : null}
      <form className="form" noValidate onSubmit={submit} key={formKey} data-testid="help-form">
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <TextAreaField
          idPrefix={idPrefix}
          name="message"
          rows={3}
          maxLength={2000}
          label={labels.message}
          hint={t('partnerships.help.messageHint')}
          error={errors.fields.message}
        />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.help.send')} pending={ask.isPending} />
        </div>
      </form>
    </section>
  );
}
