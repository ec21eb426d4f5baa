import type { RegistrationStatus } from '../../api/types';
import { useTranslation } from '../../translator';

const tones: Record<RegistrationStatus, string> = {
  registered: 'info',
  waitlisted: 'pending',
  cancelled: 'expired',
  attended: 'success',
  absent: 'failure',
};

/** A registration's state in words, coloured like the other status badges. */
export function RegistrationBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${tones[status]}`}>{t(`training.statuses.${status}`)}</span>;
}
