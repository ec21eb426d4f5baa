import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { useSectorLabels } from '../reference/reference-queries';
import { useMenteeTips } from './career-queries';

/** Tips for the mentee's sector, beside the CV. */
export function SectorTipsPanel({ menteeId }: { menteeId: string }) {
  const { t, i18n } = useTranslation();
  const tips = useMenteeTips(menteeId);
  const locale = currentLocale(i18n);
  const sectors = useSectorLabels();
  if (!tips.data || tips.data.items.length === 0) return null;
  return (
    <aside className="card cv-tips" aria-labelledby="cv-tips-title">
      <h2 className="section-title" id="cv-tips-title">
        {t('career.tipsTitle', {
          section: (tips.data.section && sectors.get(tips.data.section)) ?? tips.data.section,
        })}
      </h2>
      <ul className="plain-list cv-tips__list">
        {tips.data.items.map((tip) => (
          <li key={tip.id}>{tip.text[locale]}</li>
        ))}
      </ul>
    </aside>
  );
}
