import type { ReactNode } from 'react';
import { useTranslation } from '../../translator';

export interface ReviewItem {
  label: string;
  value: ReactNode;
}

interface ReviewSectionProps {
  title: string;
  items: ReviewItem[];
  onChange: () => void;
}

/** One block of answers on the last step, with a button back to the step that asked them. */
export function ReviewSection({ title, items, onChange }: ReviewSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="review" aria-label={title}>
      <div className="review__header">
        <h3 className="review__title">{title}</h3>
        <button type="button" className="button button--link" onClick={onChange}>
          {t('apply.change')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      <dl className="facts">
        {items.map((item) => (
          <div className="facts__item" key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value === '' || item.value === null ? '—' : item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
