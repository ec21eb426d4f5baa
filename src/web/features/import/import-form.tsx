import { type FormEvent, useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { ErrorSummary } from '../forms/error-summary';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { StatusMessage } from '../shell/status-message';
import { ImportMapping } from './import-mapping';
import { ImportErrors, ImportSample } from './import-preview';
import {
  type ImportCheck,
  type ImportFile,
  type ImportRowError,
  readAsBase64,
  useCommitImport,
  useValidateImport,
} from './import-queries';

const idPrefix = 'import';

function isRowError(value: unknown): value is ImportRowError {
  return typeof value === 'object' && value !== null && typeof (value as { row?: unknown }).row === 'number';
}

/** Upload a spreadsheet, check it, fix the column mapping, then import every row at once. */
export function ImportForm() {
  const { t, i18n } = useTranslation();
  const validate = useValidateImport();
  const commit = useCommitImport();
  const [kind, setKind] = useState<'mentee' | 'mentor'>('mentee');
  const [file, setFile] = useState<Omit<ImportFile, 'kind' | 'mapping'> | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [imported, setImported] = useState<number | null>(null);

  function runCheck(body: ImportFile) {
    setImported(null);
    validate.mutate(body, {
      onSuccess: (result) => {
        setCheck(result);
        setMapping(result.mapping);
        setErrors(noFormErrors);
      },
      onError: (error) => setErrors(formErrorsFrom(error, t, i18n)),
    });
  }

  async function submitFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('file');
    if (!(chosen instanceof File) || chosen.size === 0) {
      setErrors({ message: t('errors.validation.failed'), fields: { file: t('import.chooseFile') } });
      return;
    }
    const contentBase64 = await readAsBase64(chosen);
    const next = { fileName: chosen.name, contentBase64 };
    setFile(next);
    setCheck(null);
    runCheck({ kind, ...next });
  }

  function runImport() {
    if (!file) return;
    commit.mutate(
      { kind, ...file, mapping },
      {
        onSuccess: (result) => {
          setImported(result.imported);
          setCheck(null);
          setFile(null);
        },
        onError: (error) => {
          if (
            error instanceof ApiRequestError &&
            error.code === 'import.invalid' &&
            check &&
            Array.isArray(error.details)
          )
            setCheck({ ...check, valid: false, errors: error.details.filter(isRowError) });
          setErrors(formErrorsFrom(error, t, i18n));
        },
      },
    );
  }

  return (
    <>
      <section className="card" aria-labelledby="import-file-title">
        <h2 className="section-title" id="import-file-title">
          {t('import.fileTitle')}
        </h2>
        <form className="form" noValidate onSubmit={submitFile} aria-labelledby="import-file-title">
          <ErrorSummary errors={errors} idPrefix={idPrefix} labels={{ file: t('import.file') }} />
          {imported !== null ? (
            <StatusMessage tone="success" testId="import-done">
              {t('import.done', { number: imported })}
            </StatusMessage>
          ) : null}
          <RadioGroup
            idPrefix={idPrefix}
            name="kind"
            legend={t('import.kind')}
            inline
            options={[
              { value: 'mentee', label: t('roles.mentee') },
              { value: 'mentor', label: t('roles.mentor') },
            ]}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setCheck(null);
            }}
          />
          <div className={errors.fields.file ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={`${idPrefix}-file`}>
              {t('import.file')}
            </label>
            <p className="field__hint" id={`${idPrefix}-file-hint`}>
              {t('import.fileHint')}
            </p>
            {errors.fields.file ? (
              <p className="field__error" id={`${idPrefix}-file-error`}>
                {errors.fields.file}
              </p>
            ) : null}
            <input
              className="field__input"
              id={`${idPrefix}-file`}
              name="file"
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-invalid={errors.fields.file ? true : undefined}
              aria-describedby={
                errors.fields.file ? `${idPrefix}-file-hint ${idPrefix}-file-error` : `${idPrefix}-file-hint`
              }
            />
          </div>
          <div className="form__actions">
            <SubmitButton label={t('import.check')} pending={validate.isPending} variant="secondary" />
          </div>
        </form>
      </section>
      {check && file ? (
        <section className="card" aria-labelledby="import-check-title">
          <h2 className="section-title" id="import-check-title">
            {t('import.checkTitle', { file: file.fileName, rows: check.totalRows })}
          </h2>
          <ImportMapping
            check={check}
            mapping={mapping}
            onChange={setMapping}
            pending={validate.isPending}
            onRecheck={() => runCheck({ kind, ...file, mapping })}
          />
          <ImportSample check={check} />
          <ImportErrors errors={check.errors} />
          {check.valid ? <StatusMessage tone="success">{t('import.valid')}</StatusMessage> : null}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!check.valid || commit.isPending}
              onClick={runImport}
            >
              {commit.isPending ? t('common.working') : t('import.commit', { number: check.totalRows })}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
