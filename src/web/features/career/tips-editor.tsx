import { type FormEvent, useState } from 'react';
import { locales } from '../../../contracts/base-vocabulary';
import { naceSections } from '../../../contracts/career-vocabulary';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { TextAreaField } from '../forms/choice-field';
import { SelectField } from '../forms/field';
import { formErrorsFrom } from '../forms/form-errors';
import { SubmitButton } from '../forms/submit-button';
import { Pagination } from '../paging/pagination';
import { useListParams } from '../paging/use-list-params';
import { useSectorLabels } from '../reference/reference-queries';
import { StatusMessage } from '../shell/status-message';
import { useDeleteTip, useSaveTip, useSectorTips } from './career-queries';
import type { SectorTip } from './career-types';

/** "Q – Menselijke gezondheidszorg ...": a NACE section letter says little on its own. */
function useSectionName() {
  const labels = useSectorLabels();
  return (section: string) => {
    const label = labels.get(section);
    return label ? `${section} – ${label}` : section;
  };
}

function TipForm({ tip, section, onDone }: { tip: SectorTip | null; section: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTip();
  const sectionName = useSectionName();
  const [chosen, setChosen] = useState(tip?.section ?? section ?? 'A');
  const [text, setText] = useState(tip?.text ?? { nl: '', fr: '', en: '' });
  const [missing, setMissing] = useState<string[]>([]);
  const prefix = `tip-${tip?.id ?? 'new'}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    // The tip is shown in the reader's language: all three are needed.
    const empty = locales.filter((locale) => !text[locale].trim());
    setMissing(empty);
    if (empty.length > 0) return;
    save.mutate({ id: tip?.id ?? null, input: { section: chosen as 'A', text } }, { onSuccess: onDone });
  }
  const errors = save.isError ? formErrorsFrom(save.error, t, i18n) : null;
  const fieldError = (locale: string) =>
    missing.includes(locale) ? t('fieldErrors.required') : errors?.fields[`text.${locale}`];
  return (
    <form className="form" noValidate onSubmit={submit}>
      <SelectField
        idPrefix={prefix}
        name="section"
        label={t('career.fields.section')}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        {naceSections.map((s) => (
          <option key={s} value={s}>
            {sectionName(s)}
          </option>
        ))}
      </SelectField>
      {locales.map((locale) => (
        <TextAreaField
          key={locale}
          idPrefix={prefix}
          name={`text.${locale}`}
          label={t(`career.tipIn.${locale}`)}
          rows={3}
          maxLength={1000}
          value={text[locale]}
          error={fieldError(locale)}
          onChange={(e) => setText({ ...text, [locale]: e.target.value })}
        />
      ))}
      {errors?.message ? <StatusMessage tone="error">{errors.message}</StatusMessage> : null}
      <div className="form__actions">
        <SubmitButton label={t('career.saveTip')} pending={save.isPending} />
      </div>
    </form>
  );
}

/** Coaches and admins keep the tips per NACE section. */
export function TipsEditor() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { page, filters, setFilters } = useListParams(['section']);
  const tips = useSectorTips(filters.section, page);
  const remove = useDeleteTip();
  const sectionName = useSectionName();
  const [editing, setEditing] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  return (
    <div className="split">
      <div className="split__main">
        <div className="filters">
          <SelectField
            idPrefix="tips-filter"
            name="section"
            label={t('career.filterSection')}
            value={filters.section}
            onChange={(e) => setFilters({ section: e.target.value })}
          >
            <option value="">{t('career.allSections')}</option>
            {naceSections.map((s) => (
              <option key={s} value={s}>
                {sectionName(s)}
              </option>
            ))}
          </SelectField>
        </div>
        {tips.data?.total === 0 ? <p className="empty-state">{t('career.noTips')}</p> : null}
        <ul className="link-list">
          {tips.data?.items.map((tip) => (
            <li key={tip.id} className="card" data-testid="sector-tip">
              {editing === tip.id ? (
                <TipForm tip={tip} section={tip.section} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p className="muted">{sectionName(tip.section)}</p>
                  <p>{tip.text[locale]}</p>
                  <p className="row-actions">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => setEditing(tip.id)}
                    >
                      {t('career.editTip')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      onClick={() => remove.mutate(tip.id)}
                    >
                      {t('career.deleteTip')}
                    </button>
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
        {tips.data ? (
          <Pagination page={tips.data.page} pageSize={tips.data.pageSize} total={tips.data.total} />
        ) : null}
      </div>
      <aside className="card split__side" aria-labelledby="new-tip-title">
        <h2 className="section-title" id="new-tip-title">
          {t('career.newTip')}
        </h2>
        <TipForm key={key} tip={null} section={filters.section || 'A'} onDone={() => setKey((k) => k + 1)} />
      </aside>
    </div>
  );
}
