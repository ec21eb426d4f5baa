import { useTranslation } from '../../translator';

const tones: Record<string, string> = {
  applied: 'pending',
  intake_planned: 'pending',
  assessed: 'info',
  ready_to_match: 'success',
  accepted: 'success',
  available: 'success',
  trained: 'success',
  in_partnership: 'info',
  ineligible: 'failure',
  declined: 'failure',
  left_early: 'expired',
  left: 'expired',
  resting: 'expired',
  completed: 'success',
  followed_up: 'success',
};

/** A person's status in words, coloured by how far along it is. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = tones[status];
  return (
    <span className={tone ? `badge badge--${tone}` : 'badge'}>
      {t(`statuses.${status}`, { defaultValue: status })}
    </span>
  );
}
