import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type ApplicationStage, applicationStages } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { useSession } from '../auth/session';
import { TextAreaField } from '../forms/choice-field';
import { SelectField } from '../forms/field';
import { formErrorsFrom } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useFormatters } from '../locale/use-formatters';
import { Loading, StatusMessage } from '../shell/status-message';
import { useAddFeedback, useChangeStage, useJobApplication } from './career-queries';

/** One application: its stage history, the stage change, the mentor's feedback. */
export function ApplicationDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { data: session } = useSession();
  const application = useJobApplication(id);
  const stage = useChangeStage();
  const feedback = useAddFeedback();
  const [body, setBody] = useState('');
  const [next, setNext] = useState<ApplicationStage | ''>('');
  if (application.isPending) return <Loading label={t('common.loading')} />;
  if (application.isError)
    return <StatusMessage tone="error">{formErrorsFrom(application.error, t, i18n).message}</StatusMessage>;
  const a = application.data;
  const role = session?.user.role;
  const prefix = `application-${a.id}`;
  function changeStage(event: FormEvent) {
    event.preventDefault();
    if (next) stage.mutate({ id: a.id, stage: next });
  }
  function sendFeedback(event: FormEvent) {
    event.preventDefault();
    if (body.trim()) feedback.mutate({ id: a.id, body }, { onSuccess: () => setBody('') });
  }
  return (
    <div className="application-detail">
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('career.fields.stage')}</dt>
          <dd>{t(`career.stages.${a.stage}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('career.fields.channel')}</dt>
          <dd>{t(`career.channels.${a.channel}`)}</dd>
        </div>
        {a.cvVersionNumber ? (
          <div className="facts__item">
            <dt>{t('career.fields.cvVersion')}</dt>
            <dd>{t('career.versionN', { version: a.cvVersionNumber })}</dd>
          </div>
        ) : null}
        {a.notes ? (
          <div className="facts__item">
            <dt>{t('career.fields.notes')}</dt>
            <dd dir="auto">{a.notes}</dd>
          </div>
        ) : null}
      </dl>
      <h3 className="subsection-title">{t('career.historyTitle')}</h3>
      <ol className="timeline">
        {a.history.map((h) => (
          <li className="timeline__item" key={`${h.at}-${h.to}`}>
            <span className="timeline__when">{format.dateTime(h.at)}</span>{' '}
            <span className="timeline__text">
              {t('career.historyLine', { stage: t(`career.stages.${h.to}`), name: h.actorName ?? '—' })}
            </span>
          </li>
        ))}
      </ol>
      <form className="form" noValidate onSubmit={changeStage}>
        <SelectField
          idPrefix={prefix}
          name="stage"
          label={t('career.changeStage')}
          value={next}
          onChange={(e) => setNext(applicationStages.find((s) => s === e.target.value) ?? '')}
        >
          <option value="">{t('career.chooseStage')}</option>
          {applicationStages
            .filter((s) => s !== a.stage)
            .map((s) => (
              <option key={s} value={s}>
                {t(`career.stages.${s}`)}
              </option>
            ))}
        </SelectField>
        {stage.isError ? (
          <StatusMessage tone="error">{formErrorsFrom(stage.error, t, i18n).message}</StatusMessage>
        ) : null}
        <div className="form__actions">
          <SubmitButton label={t('career.saveStage')} pending={stage.isPending} variant="secondary" />
        </div>
      </form>
      <h3 className="subsection-title">{t('career.feedbackTitle')}</h3>
      {a.feedback.length === 0 ? (
        <p className="muted">{t('career.noFeedback')}</p>
      ) : (
        <ul className="cv-comments__list">
          {a.feedback.map((f) => (
            <li key={f.id} className="cv-comment">
              <p className="cv-comment__body" dir="auto">
                {f.body}
              </p>
              <p className="cv-comment__meta">{`${f.authorName ?? t(`roles.${f.authorRole}`)} · ${format.dateTime(f.createdAt)}`}</p>
            </li>
          ))}
        </ul>
      )}
      {role === 'mentor' || role === 'coach' || role === 'admin' ? (
        <form className="form" noValidate onSubmit={sendFeedback}>
          <TextAreaField
            idPrefix={prefix}
            name="feedback"
            label={t('career.feedbackLabel')}
            rows={3}
            maxLength={3000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="form__actions">
            <SubmitButton label={t('career.sendFeedback')} pending={feedback.isPending} variant="secondary" />
          </div>
        </form>
      ) : null}
      {role === 'mentee' ? (
        <p>
          <Link to={`/report-discrimination?application=${encodeURIComponent(a.id)}`}>
            {t('career.reportFromApplication')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
