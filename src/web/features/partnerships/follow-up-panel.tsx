import { type FormEvent, useState } from 'react';
import type { FollowUp, Partnership } from '../../api/types';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading, StatusMessage } from '../shell/status-message';
import { brusselsDay, brusselsToIso } from './brussels-time';
import { formErrorsFor } from './form-errors-for';
import { useAddContact, useFollowUp, useHandleHelpRequest } from './partnership-queries';
import { contactChannels, sides } from './partnership-vocabulary';
import { usePartnershipFormat } from './use-partnership-format';

type HelpRequest = FollowUp['helpRequests'][number];

function currentTime(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const value = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${value('hour')}:${value('minute')}`;
}

function ContactForm({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const add = useAddContact(partnership.id);
  const idPrefix = `contact-${partnership.id}`;
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [defaults] = useState(() => ({ day: brusselsDay(new Date()), time: currentTime() }));
  const labels = {
    side: t('partnerships.followUp.with'),
    channel: t('partnerships.followUp.channel'),
    at: t('partnerships.followUp.when'),
    note: t('partnerships.followUp.note'),
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const at = brusselsToIso(value('at'), value('atTime'));
    setSaved(false);
    if (!at) {
      setErrors({ message: t('errors.validation.failed'), fields: { at: t('fieldErrors.dateTime') } });
      return;
    }
    setErrors(noFormErrors);
    const note = value('note');
    add.mutate(
      {
        side: value('side') as (typeof sides)[number],
        channel: value('channel') as (typeof contactChannels)[number],
        at,
        ...(note ? { note } : {}),
      },
      {
        onSuccess: () => {
          setSaved(true);
          setFormKey((key) => key + 1);
        },
        onError: (error) => setErrors(formErrorsFor(error, Object.keys(labels), t, i18n)),
      },
    );
  }
  return (
    <details className="disclosure">
      <summary>{t('partnerships.followUp.addContact')}</summary>
      {saved ? <StatusMessage tone="success">{t('partnerships.followUp.saved')}</StatusMessage> : null}
      <form className="form" noValidate onSubmit={submit} key={formKey} data-testid="contact-form">
        <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
        <div className="field-row">
          <SelectField idPrefix={idPrefix} name="side" label={labels.side} error={errors.fields.side}>
            {sides.map((side) => (
              <option key={side} value={side}>
                {`${partnership[side].name} (${t(`roles.${side}`)})`}
              </option>
            ))}
          </SelectField>
          <SelectField
            idPrefix={idPrefix}
            name="channel"
            label={labels.channel}
            error={errors.fields.channel}
          >
            {contactChannels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`partnerships.channels.${channel}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="field-row">
          <TextField
            idPrefix={idPrefix}
            name="at"
            type="date"
            defaultValue={defaults.day}
            label={labels.at}
            error={errors.fields.at}
          />
          <TextField
            idPrefix={idPrefix}
            name="atTime"
            type="time"
            defaultValue={defaults.time}
            label={t('partnerships.plan.time')}
          />
        </div>
        <TextAreaField
          idPrefix={idPrefix}
          name="note"
          rows={2}
          label={labels.note}
          error={errors.fields.note}
        />
        <div className="form__actions">
          <SubmitButton label={t('partnerships.followUp.saveContact')} pending={add.isPending} />
        </div>
      </form>
    </details>
  );
}

function HelpRequestItem({ request, partnership }: { request: HelpRequest; partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const format = usePartnershipFormat();
  const handle = useHandleHelpRequest();
  const [note, setNote] = useState('');
  const idPrefix = `help-${request.id}`;
  return (
    <li className="help-request" data-testid="help-request">
      <p className="timeline__when">
        {`${partnership[request.side].name} (${t(`roles.${request.side}`)}) · ${format.when(request.createdAt)}`}
      </p>
      <p className="pre-line help-request__message">{request.message}</p>
      {request.handledAt ? (
        <p className="muted">
          {t('partnerships.help.handledAt', { when: format.when(request.handledAt) })}
          {request.handledNote ? ` ${request.handledNote}` : ''}
        </p>
      ) : (
        <div className="form">
          {handle.error ? (
            <StatusMessage tone="error">{formErrorsFrom(handle.error, t, i18n).message}</StatusMessage>
          ) : null}
          <TextField
            idPrefix={idPrefix}
            name="note"
            label={t('partnerships.help.handledNote')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="row-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={handle.isPending}
              onClick={() => handle.mutate({ id: request.id, ...(note.trim() ? { note: note.trim() } : {}) })}
            >
              {handle.isPending ? t('common.working') : t('partnerships.help.markHandled')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** Staff: the coach's contacts with each side, what is due now, and the pair's help requests. */
export function FollowUpPanel({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const format = usePartnershipFormat();
  const followUp = useFollowUp(partnership.id, true);
  return (
    <section className="card" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 className="section-title" id="follow-up-title">
        {t('partnerships.followUp.title')}
      </h2>
      {followUp.isPending ? (
        <Loading label={t('common.loading')} />
      ) : followUp.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(followUp.error, t, i18n).message}</StatusMessage>
      ) : (
        <>
          <h3 className="subsection-title">{t('partnerships.help.title')}</h3>
          {followUp.data.helpRequests.length === 0 ? (
            <p className="empty-state">{t('partnerships.help.none')}</p>
          ) : (
            <ul className="plain-list help-requests">
              {followUp.data.helpRequests.map((request) => (
                <HelpRequestItem key={request.id} request={request} partnership={partnership} />
              ))}
            </ul>
          )}
          <h3 className="subsection-title">{t('partnerships.followUp.dueTitle')}</h3>
          <ul className="plain-list due-contacts">
            {followUp.data.due.map((due) => (
              <li key={due.side} className="due-contact" data-testid={`contact-due-${due.side}`}>
                <span className={`badge badge--${due.due ? 'pending' : 'success'}`}>
                  {t(due.due ? 'partnerships.followUp.due' : 'partnerships.followUp.notDue')}
                </span>
                <span>
                  {t('partnerships.followUp.dueText', {
                    name: partnership[due.side].name,
                    done: due.done,
                    required: due.required,
                    from: format.day(due.periodStart),
                    to: format.day(due.periodEnd),
                  })}
                </span>
                <span className="muted">
                  {due.lastContactAt
                    ? t('partnerships.followUp.lastContact', { when: format.day(due.lastContactAt) })
                    : t('partnerships.followUp.noContactYet')}
                </span>
              </li>
            ))}
          </ul>
          <h3 className="subsection-title">{t('partnerships.followUp.contactsTitle')}</h3>
          {followUp.data.contacts.length === 0 ? (
            <p className="empty-state">{t('partnerships.followUp.noContacts')}</p>
          ) : (
            <ol className="timeline">
              {followUp.data.contacts.map((contact) => (
                <li key={contact.id} className="timeline__item">
                  <p className="timeline__when">
                    {format.when(contact.at)}
                    {contact.coachName ? ` · ${contact.coachName}` : ''}
                  </p>
                  <p>
                    {t('partnerships.followUp.contactLine', {
                      channel: t(`partnerships.channels.${contact.channel}`),
                      name: partnership[contact.side].name,
                    })}
                  </p>
                  {contact.note ? <p className="timeline__text">{contact.note}</p> : null}
                </li>
              ))}
            </ol>
          )}
          <ContactForm partnership={partnership} />
        </>
      )}
    </section>
  );
}
