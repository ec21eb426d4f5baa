import { useMemo } from 'react';
import { useTranslation } from '../../translator';
import { dayParts, weekdays } from './people-vocabulary';

interface AvailabilityGridProps {
  idPrefix: string;
  /** "day-part" keys, e.g. "1-morning". */
  value: string[];
  onChange: (value: string[]) => void;
}

/** The weekly time slots as a table of checkboxes: days in rows, parts of the day in columns. */
export function AvailabilityGrid({ idPrefix, value, onChange }: AvailabilityGridProps) {
  const { t, i18n } = useTranslation();
  const dayNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return weekdays.map((day) => format.format(new Date(Date.UTC(2024, 0, day))));
  }, [i18n.language]);
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...value, key] : value.filter((item) => item !== key));
  return (
    <fieldset className="repeat-group">
      <legend className="field__label">{t('assessment.availability')}</legend>
      <div className="availability">
        <table className="availability__table">
          <colgroup>
            <col className="availability__days" />
            <col span={dayParts.length} />
          </colgroup>
          <thead>
            <tr>
              <td className="availability__slot" />
              {dayParts.map((part) => (
                <th key={part} scope="col" className="availability__slot" id={`${idPrefix}-part-${part}`}>
                  {t(`assessment.partHeadings.${part}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekdays.map((day, index) => (
              <tr key={day}>
                <th
                  scope="row"
                  className="availability__slot availability__day"
                  id={`${idPrefix}-day-${day}`}
                >
                  {dayNames[index]}
                </th>
                {dayParts.map((part) => {
                  const key = `${day}-${part}`;
                  return (
                    <td key={part} className="availability__slot">
                      <label className="availability__cell">
                        <input
                          type="checkbox"
                          checked={value.includes(key)}
                          onChange={(event) => toggle(key, event.target.checked)}
                        />
                        <span className="visually-hidden">
                          {dayNames[index]}, {t(`assessment.parts.${part}`)}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
