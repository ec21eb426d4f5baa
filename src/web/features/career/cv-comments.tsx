import { type FormEvent, useState } from 'react';
import type { CvSection } from '../../../contracts/career-vocabulary';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { formErrorsFrom } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { useFormatters } from '../locale/use-formatters';
import { StatusMessage } from '../shell/status-message';
import { useAddComment, useMarkComment } from './career-queries';
import type { CvComment } from './career-types';

/** The comments on one section (or item), with the version they were made on and a done toggle. */
export function SectionComments({
  comments,
  menteeId,
  canMark,
}: {
  comments: CvComment[];
  menteeId: string;
  canMark: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const mark = useMarkComment(menteeId);
  if (comments.length === 0) return null;
  return (
    <div className="cv-comments">
      {mark.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(mark.error, t, i18n).message}</StatusMessage>
      ) : null}
      <ul className="cv-comments__list" aria-label={t('career.commentsTitle')}>
        {comments.map((comment) => (
          <li key={comment.id} className={comment.doneAt ? 'cv-comment cv-comment--done' : 'cv-comment'}>
            <p className="cv-comment__body" dir="auto">
              {comment.body}
            </p>
            <p className="cv-comment__meta">
              {t('career.commentMeta', {
                name: comment.authorName ?? t(`roles.${comment.authorRole}`),
                version: comment.versionNumber,
                when: format.dateTime(comment.createdAt),
              })}
              {comment.doneAt ? ` · ${t('career.done')}` : ''}
            </p>
            {canMark ? (
              <button
                type="button"
                className="button button--small button--secondary"
                aria-pressed={comment.doneAt !== null}
                onClick={() => mark.mutate({ id: comment.id, done: comment.doneAt === null })}
              >
                {comment.doneAt ? t('career.markUndone') : t('career.markDone')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The mentor's or coach's comment box under a section. */
export function CommentBox({
  menteeId,
  versionNumber,
  section,
  itemIndex,
  label,
}: {
  menteeId: string;
  versionNumber: number;
  section: CvSection;
  itemIndex?: number;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const add = useAddComment(menteeId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const idPrefix = `comment-${section}-${itemIndex ?? 'all'}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('fieldErrors.required'));
      return;
    }
    add.mutate(
      { number: versionNumber, section, ...(itemIndex !== undefined ? { itemIndex } : {}), body },
      {
        onSuccess: () => {
          setBody('');
          setError(null);
        },
        onError: (e) => setError(formErrorsFrom(e, t, i18n).message),
      },
    );
  }
  return (
    <details className="disclosure cv-comment-box">
      <summary>{t('career.addComment', { section: label })}</summary>
      <form className="form" noValidate onSubmit={submit}>
        <TextAreaField
          idPrefix={idPrefix}
          name="body"
          label={t('career.commentLabel', { section: label })}
          value={body}
          dir="auto"
          maxLength={2000}
          rows={3}
          error={error ?? undefined}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form__actions">
          <SubmitButton label={t('career.sendComment')} pending={add.isPending} variant="secondary" />
        </div>
      </form>
    </details>
  );
}
