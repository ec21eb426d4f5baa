import type { Partnership, PartnershipHealth } from '../../api/types';
import { useTranslation } from '../../translator';
import { healthTones, statusTones } from './partnership-vocabulary';
import { usePartnershipFormat } from './use-partnership-format';

/** A partnership's status in words, coloured by how far along it is. */
export function PartnershipStatusBadge({ status }: { status: Partnership['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${statusTones[status]}`}>{t(`partnerships.statuses.${status}`)}</span>
  );
}

/** On track, at risk or off track, as a badge with the state in words (never by colour alone). */
export function HealthBadge({ health }: { health: PartnershipHealth }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${healthTones[health.state]}`} data-testid="health-badge">
      {t(`partnerships.health.${health.state}`)}
    </span>
  );
}

/** The badge with the rule that decided it, explained in a sentence. */
export function HealthSummary({ health }: { health: PartnershipHealth }) {
  const format = usePartnershipFormat();
  return (
    <p className="health" data-testid="health">
      <HealthBadge health={health} />
      <span className="health__reason">{format.healthReason(health)}</span>
    </p>
  );
}
