import { type FormEvent, useState } from 'react';
import type { Locale, PageInput, PageWriteResult, TrainingPage } from '../../api/types';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { TextField } from '../forms/field';
import { type FormErrors, formErrorsFrom, hasFormErrors, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useLanguageName } from '../languages/language-options';
import { StatusMessage } from '../shell/status-message';
import { useSavePage } from './material-queries';
import { textLocales } from './training-vocabulary';

interface PageEditorProps {
  moduleId: string;
  /** The page to change, or null to add one. */
  page: TrainingPage | null;
  onDone?: () => void;
}

function readPageForm(
  data: FormData,
  t: (key: string) => string,
): { input: PageInput | null; errors: FormErrors } {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const fields: Record<string, string> = {};
  const texts = (name: string, min: number) =>
    Object.fromEntries(
      textLocales.map((locale) => {
        const text = value(`${name}.${locale}`);
        if (text.length < min) fields[`${name}.${locale}`] = t('fieldErrors.required');
        return [locale, text];
      }),
    ) as Record<Locale, string>;
  const title = texts('title', 2);
  const body = texts('body', 1);
  if (Object.keys(fields).length > 0)
    return { input: null, errors: { message: t('errors.validation.failed'), fields } };
  return { input: { title, body }, errors: noFormErrors };
}

/** Admin: writes a self-study page in three languages; shows what the server's sanitiser removed. */
export function PageEditor({ moduleId, page, onDone }: PageEditorProps) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const save = useSavePage(moduleId);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [result, setResult] = useState<PageWriteResult | null>(null);
  const [formKey, setFormKey] = useState(0);
  const idPrefix = page ? `page-${page.id}` : 'new-page';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: problems } = readPageForm(new FormData(event.currentTarget), t);
    setErrors(problems);
    setResult(null);
    if (hasFormErrors(problems) || !input) return;
    save.mutate(
      { pageId: page?.id ?? null, input },
      {
        onSuccess: (written) => {
          setResult(written);
          if (!page) setFormKey((key) => key + 1);
          if (!written.sanitised) onDone?.();
        },
        onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
      },
    );
  }

  const labels: Record<string, string> = {};
  for (const locale of textLocales) {
    labels[`title.${locale}`] = t('material.titleIn', { language: languageName(locale) });
    labels[`body.${locale}`] = t('material.bodyIn', { language: languageName(locale) });
  }
  const headingId = `${idPrefix}-heading`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      key={formKey}
      aria-labelledby={headingId}
      data-testid="page-editor"
    >
      <h2 className="section-title" id={headingId}>
        {page ? t('material.editPage') : t('material.addPage')}
      </h2>
      <ErrorSummary errors={errors} idPrefix={idPrefix} labels={labels} />
      {result?.sanitised ? (
        <StatusMessage tone="warning" title={t('material.sanitisedTitle')} testId="sanitised-warning">
          {t('material.sanitisedText', {
            languages: result.sanitisedLanguages.map((code) => languageName(code)).join(', '),
          })}
        </StatusMessage>
      ) : result ? (
        <StatusMessage tone="success">{t('material.saved')}</StatusMessage>
      ) : null}
      <p className="field__hint">{t('material.allowedHtml')}</p>
      {textLocales.map((locale) => (
        <fieldset className="subsection training-texts" key={locale}>
          <legend className="subsection-title">{languageName(locale)}</legend>
          <TextField
            idPrefix={idPrefix}
            name={`title.${locale}`}
            label={labels[`title.${locale}`] ?? ''}
            defaultValue={page?.title[locale] ?? ''}
            maxLength={200}
            error={errors.fields[`title.${locale}`]}
          />
          <TextAreaField
            idPrefix={idPrefix}
            name={`body.${locale}`}
            label={labels[`body.${locale}`] ?? ''}
            defaultValue={page?.body[locale] ?? ''}
            rows={8}
            spellCheck
            error={errors.fields[`body.${locale}`]}
          />
        </fieldset>
      ))}
      <div className="form__actions">
        <SubmitButton
          label={page ? t('material.savePage') : t('material.addPage')}
          pending={save.isPending}
        />
      </div>
    </form>
  );
}
