import { type ChangeEvent, useState } from 'react';
import { cvUploadMaxBytes, cvUploadTypes } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { useCvAttachments, useUploadAttachment } from './career-queries';

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Download buttons (PDF, Europass) for a version, and the uploaded CV documents with an upload field. */
export function CvDocuments({
  menteeId,
  versionNumber,
  canUpload,
}: {
  menteeId: string;
  versionNumber: number;
  canUpload: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const attachments = useCvAttachments(menteeId);
  const upload = useUploadAttachment(menteeId);
  const [problem, setProblem] = useState<string | null>(null);
  const base = `/api/mentees/${encodeURIComponent(menteeId)}/cv/versions/${versionNumber}`;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setProblem(null);
    if (!file) return;
    const contentType = cvUploadTypes.find((type) => type === file.type);
    if (!contentType) return setProblem(t('career.uploadWrongType'));
    if (file.size > cvUploadMaxBytes) return setProblem(t('errors.cv.upload_too_large'));
    upload.mutate(
      { number: versionNumber, fileName: file.name, contentType, data: await toBase64(file) },
      { onError: (error) => setProblem(formErrorsFrom(error, t, i18n).message) },
    );
  }

  return (
    <section className="card" aria-labelledby="cv-documents-title">
      <h2 className="section-title" id="cv-documents-title">
        {t('career.documentsTitle')}
      </h2>
      <p className="inline-links">
        <a className="button button--secondary" href={`${base}/pdf`} download>
          {t('career.downloadPdf', { version: versionNumber })}
        </a>
        <a className="button button--secondary" href={`${base}/europass`} download>
          {t('career.downloadEuropass', { version: versionNumber })}
        </a>
      </p>
      {canUpload ? (
        <div className="field">
          <label className="field__label" htmlFor="cv-upload">
            {t('career.uploadLabel', { version: versionNumber })}
          </label>
          <p className="field__hint" id="cv-upload-hint">
            {t('career.uploadHint')}
          </p>
          <input
            id="cv-upload"
            className="field__input"
            type="file"
            accept=".pdf,.docx,application/pdf"
            aria-describedby="cv-upload-hint"
            onChange={choose}
            disabled={upload.isPending}
          />
        </div>
      ) : null}
      {problem ? <StatusMessage tone="error">{problem}</StatusMessage> : null}
      {upload.isSuccess ? <StatusMessage tone="success">{t('career.uploaded')}</StatusMessage> : null}
      {attachments.data && attachments.data.items.length > 0 ? (
        <ul className="plain-list" aria-label={t('career.uploadedList')}>
          {attachments.data.items.map((a) => (
            <li key={a.id}>
              <a href={`/api/cv-attachments/${encodeURIComponent(a.id)}`} download>
                {a.fileName}
              </a>
              {` · ${t('career.versionN', { version: a.versionNumber })} · ${format.date(a.uploadedAt)}`}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
