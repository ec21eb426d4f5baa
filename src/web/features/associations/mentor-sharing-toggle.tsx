import type { Association } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { StatusMessage } from '../shell/status-message';
import { useSetMentorSharing } from './association-queries';

/**
 * Whether sister associations of the same region may match this association's mentors (on by
 * default). Saved at once; the server audits every change.
 */
export function MentorSharingToggle({
  association,
  compact = false,
}: {
  association: Association;
  /** In a table row: a short visible label, the association's name for screen readers. */
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const save = useSetMentorSharing();
  const region = t(`regions.${association.region}`);
  return (
    <div className="mentor-sharing">
      <label className="choice">
        <input
          type="checkbox"
          checked={association.sharesMentors}
          disabled={save.isPending}
          aria-describedby={`mentor-sharing-${association.id}`}
          onChange={(event) => save.mutate({ id: association.id, sharesMentors: event.target.checked })}
        />
        {compact ? (
          <>
            <span className="visually-hidden">
              {t('associations.sharesMentors', { name: association.name })}
            </span>
            <span aria-hidden="true">{t('associations.sharesMentorsShort')}</span>
          </>
        ) : (
          <span>{t('associations.sharesMentors', { name: association.name })}</span>
        )}
      </label>
      <span
        className={compact ? 'visually-hidden' : 'table__secondary'}
        id={`mentor-sharing-${association.id}`}
      >
        {association.sharesMentors
          ? t('associations.sharesMentorsOn', { region })
          : t('associations.sharesMentorsOff', { region })}
      </span>
      {save.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(save.error, t, i18n).message}</StatusMessage>
      ) : null}
    </div>
  );
}
