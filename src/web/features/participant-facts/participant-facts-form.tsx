import { type FormEvent, useState } from 'react';
import type { ParticipantFactsRequest, ParticipantFactsResponse } from '../../../contracts/participant-facts';
import {
  genders,
  iscedGroups,
  labourMarketStatuses,
  optionalAnswers,
  optionalFacts,
} from '../../../contracts/participant-facts-vocabulary';
import { useTranslation } from '../../translator';
import { CheckboxField, RadioGroup } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { SelectField, TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Loading, StatusMessage } from '../shell/status-message';
import { useParticipantFacts, useSaveParticipantFacts } from './facts-queries';

const idPrefix = 'facts';
type Draft = ParticipantFactsRequest;

function draftOf(saved: ParticipantFactsResponse): Draft {
  return { ...saved.facts, specialConsent: saved.specialConsent.given };
}

/** The ESF+ participant record of a mentee: what the funder's indicators need, asked at the intake. */
export function ParticipantFacts({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const facts = useParticipantFacts(personId);
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 className="section-title" id="facts-title">
        {t('participantFacts.title')}
      </h2>
      <p>{t('participantFacts.explain')}</p>
      {facts.isPending ? (
        <Loading label={t('common.loading')} />
      ) : facts.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(facts.error, t, i18n).message}</StatusMessage>
      ) : (
        <FactsForm saved={facts.data} personId={personId} />
      )}
    </section>
  );
}

function FactsForm({ saved, personId }: { saved: ParticipantFactsResponse; personId: string }) {
  const { t, i18n } = useTranslation();
  const save = useSaveParticipantFacts(personId);
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [done, setDone] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const labels: Record<string, string> = {
    gender: t('participantFacts.fields.gender'),
    dateOfBirth: t('participantFacts.fields.dateOfBirth'),
    labourMarketStatus: t('participantFacts.fields.labourMarketStatus'),
    longTermUnemployed: t('participantFacts.fields.longTermUnemployed'),
    education: t('participantFacts.fields.education'),
    entryDate: t('participantFacts.fields.entryDate'),
    exitDate: t('participantFacts.fields.exitDate'),
    disability: t('participantFacts.fields.disability'),
    thirdCountryNational: t('participantFacts.fields.thirdCountryNational'),
    housingExclusion: t('participantFacts.fields.housingExclusion'),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setErrors(noFormErrors);
    const body: Draft = {
      ...draft,
      longTermUnemployed: draft.labourMarketStatus === 'unemployed' ? draft.longTermUnemployed : null,
      ...(draft.specialConsent
        ? {}
        : { disability: null, thirdCountryNational: null, housingExclusion: null }),
    };
    save.mutate(body, {
      onSuccess: () => setDone(true),
      onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
    });
  }

  const suggestion = saved.suggestedEducation;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="facts-title"
      data-testid="facts-form"
    >
      {saved.participant && saved.missing.length > 0 ? (
        <StatusMessage tone="warning">
          {t('participantFacts.missing', { fields: saved.missing.map((f) => labels[f]).join(', ') })}
        </StatusMessage>
      ) : saved.participant ? (
        <StatusMessage tone="success">{t('participantFacts.complete')}</StatusMessage>
      ) : (
        <p className="muted">{t('participantFacts.notYetParticipant')}</p>
      )}
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {done ? <StatusMessage tone="success">{t('participantFacts.saved')}</StatusMessage> : null}
      <RadioGroup
        idPrefix={idPrefix}
        name="gender"
        legend={labels.gender ?? ''}
        hint={t('participantFacts.hints.gender')}
        options={genders.map((value) => ({ value, label: t(`participantFacts.genders.${value}`) }))}
        value={draft.gender ?? ''}
        onChange={(value) => set('gender', value)}
        error={errors.fields.gender}
      />
      <TextField
        idPrefix={idPrefix}
        name="dateOfBirth"
        type="date"
        label={labels.dateOfBirth ?? ''}
        hint={t('participantFacts.hints.dateOfBirth')}
        value={draft.dateOfBirth ?? ''}
        onChange={(event) => set('dateOfBirth', event.target.value || null)}
        error={errors.fields.dateOfBirth}
      />
      <RadioGroup
        idPrefix={idPrefix}
        name="labourMarketStatus"
        legend={labels.labourMarketStatus ?? ''}
        hint={t('participantFacts.hints.labourMarketStatus')}
        options={labourMarketStatuses.map((value) => ({
          value,
          label: (
            <>
              <strong>{t(`participantFacts.labourMarketStatuses.${value}`)}</strong>{' '}
              <span className="muted">{t(`participantFacts.labourMarketHints.${value}`)}</span>
            </>
          ),
        }))}
        value={draft.labourMarketStatus ?? ''}
        onChange={(value) => set('labourMarketStatus', value)}
        error={errors.fields.labourMarketStatus}
      />
      {draft.labourMarketStatus === 'unemployed' ? (
        <RadioGroup
          idPrefix={idPrefix}
          name="longTermUnemployed"
          legend={labels.longTermUnemployed ?? ''}
          hint={t('participantFacts.hints.longTermUnemployed')}
          inline
          options={(['yes', 'no'] as const).map((value) => ({ value, label: t(`common.${value}`) }))}
          value={draft.longTermUnemployed === null ? '' : draft.longTermUnemployed ? 'yes' : 'no'}
          onChange={(value) => set('longTermUnemployed', value === 'yes')}
          error={errors.fields.longTermUnemployed}
        />
      ) : null}
      <SelectField
        idPrefix={idPrefix}
        name="education"
        label={labels.education ?? ''}
        hint={
          suggestion
            ? t('participantFacts.hints.educationSuggested', {
                level: t(`participantFacts.iscedGroups.${suggestion}`),
              })
            : t('participantFacts.hints.education')
        }
        value={draft.education ?? ''}
        onChange={(event) => set('education', (event.target.value || null) as Draft['education'])}
        error={errors.fields.education}
      >
        <option value="">{t('participantFacts.choose')}</option>
        {iscedGroups.map((value) => (
          <option key={value} value={value}>
            {t(`participantFacts.iscedGroups.${value}`)}
          </option>
        ))}
      </SelectField>
      {suggestion && draft.education !== suggestion ? (
        <button type="button" className="button button--quiet" onClick={() => set('education', suggestion)}>
          {t('participantFacts.useSuggestion')}
        </button>
      ) : null}
      <div className="grid-2">
        <TextField
          idPrefix={idPrefix}
          name="entryDate"
          type="date"
          label={labels.entryDate ?? ''}
          hint={t('participantFacts.hints.entryDate')}
          value={draft.entryDate ?? ''}
          onChange={(event) => set('entryDate', event.target.value || null)}
          error={errors.fields.entryDate}
        />
        <TextField
          idPrefix={idPrefix}
          name="exitDate"
          type="date"
          label={labels.exitDate ?? ''}
          hint={t('participantFacts.hints.exitDate')}
          value={draft.exitDate ?? ''}
          onChange={(event) => set('exitDate', event.target.value || null)}
          error={errors.fields.exitDate}
        />
      </div>
      <h3 className="review__title">{t('participantFacts.optionalTitle')}</h3>
      <p>{t('participantFacts.optionalExplain')}</p>
      <CheckboxField
        idPrefix={idPrefix}
        name="specialConsent"
        label={t('participantFacts.fields.specialConsent')}
        hint={t('participantFacts.hints.specialConsent')}
        checked={draft.specialConsent}
        onChange={(checked) => set('specialConsent', checked)}
        error={errors.fields.specialConsent}
      />
      {draft.specialConsent
        ? optionalFacts.map((fact) => (
            <RadioGroup
              key={fact}
              idPrefix={idPrefix}
              name={fact}
              legend={labels[fact] ?? ''}
              hint={t(`participantFacts.hints.${fact}`)}
              inline
              options={optionalAnswers.map((value) => ({
                value,
                label: t(`participantFacts.answers.${value}`),
              }))}
              value={draft[fact] ?? ''}
              onChange={(value) => set(fact, value)}
              error={errors.fields[fact]}
            />
          ))
        : null}
      <div className="form__actions">
        <SubmitButton label={t('participantFacts.submit')} pending={save.isPending} />
      </div>
    </form>
  );
}
