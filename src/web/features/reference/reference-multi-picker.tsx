import type { ReferenceItem } from '../../api/types';
import { useTranslation } from '../../translator';
import { ReferencePicker } from './reference-picker';
import type { ReferenceKind } from './reference-queries';

export interface ChosenItem {
  code: string;
  label: string;
}

interface ReferenceMultiPickerProps {
  kind: ReferenceKind;
  idPrefix: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: ChosenItem[];
  onChange: (items: ChosenItem[]) => void;
  max?: number;
}

/** Several codes from one reference list (skills): the chosen ones as removable chips, a combobox to add. */
export function ReferenceMultiPicker(props: ReferenceMultiPickerProps) {
  const { kind, idPrefix, name, label, hint, error, value, onChange, max = 30 } = props;
  const { t } = useTranslation();
  function add(item: ReferenceItem | null) {
    if (!item || value.some((chosen) => chosen.code === item.code) || value.length >= max) return;
    onChange([...value, { code: item.code, label: item.label }]);
  }
  return (
    <div className="multi-picker">
      <ReferencePicker
        kind={kind}
        idPrefix={idPrefix}
        name={name}
        label={label}
        hint={hint}
        error={error}
        value={null}
        onChange={add}
        clearOnSelect
      />
      <ChipList
        items={value}
        label={label}
        onRemove={(code) => onChange(value.filter((chosen) => chosen.code !== code))}
        removeLabel={(text) => t('reference.remove', { label: text })}
      />
    </div>
  );
}

interface ChipListProps {
  items: ChosenItem[];
  label: string;
  onRemove: (code: string) => void;
  removeLabel: (label: string) => string;
}

/** The chosen values as a list of chips, each with its own remove button. */
export function ChipList({ items, label, onRemove, removeLabel }: ChipListProps) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item.code} className="chip">
          <span className="chip__label">{item.label}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={removeLabel(item.label)}
            onClick={() => onRemove(item.code)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
