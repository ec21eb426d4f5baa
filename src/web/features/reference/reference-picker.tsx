import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { ReferenceItem } from '../../api/types';
import { useTranslation } from '../../translator';
import { describedBy, fieldId } from '../forms/field';
import { type ReferenceKind, useReferenceLabel, useReferenceSearch } from './reference-queries';

export interface ReferencePickerProps {
  kind: ReferenceKind;
  /** Sectors only: 1 = NACE sections, 2 = divisions. */
  level?: 1 | 2;
  idPrefix: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The chosen code, or null. */
  value: string | null;
  /** The chosen item's label when the caller knows it. */
  valueLabel?: string | null;
  onChange: (item: ReferenceItem | null) => void;
  /** Empties the box after a choice (adding to a list of chips). */
  clearOnSelect?: boolean;
}

/**
 * An accessible combobox (ARIA 1.2 pattern, list autocomplete) over a reference list: the options
 * load as you type, arrows move, Enter chooses, Escape closes. The value is the code; the box
 * shows the chosen label.
 */
export function ReferencePicker(props: ReferencePickerProps) {
  const { kind, level, idPrefix, name, label, hint, error, value, valueLabel, onChange, clearOnSelect } =
    props;
  const { t } = useTranslation();
  const id = fieldId(idPrefix, name);
  const listId = `${useId()}-list`;
  // The item chosen here: its label stays in the box even when the caller only keeps the code.
  const [picked, setPicked] = useState<ReferenceItem | null>(null);
  const pickedLabel = picked && picked.code === value ? picked.label : null;
  const chosenLabel = useReferenceLabel(kind, value, valueLabel ?? pickedLabel);
  const [text, setText] = useState(chosenLabel ?? value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useReferenceSearch(kind, text === chosenLabel ? '' : text, open, level);
  const items = search.data ?? [];

  useEffect(() => {
    // Follow a value set from outside (a saved record, a reset filter); never wipe what is being typed.
    if (!clearOnSelect && value) setText(chosenLabel ?? value);
  }, [chosenLabel, value, clearOnSelect]);

  function choose(item: ReferenceItem) {
    if (!clearOnSelect) setPicked(item);
    onChange(item);
    setText(clearOnSelect ? '' : item.label);
    setOpen(false);
    setActive(-1);
  }

  function onBlur() {
    setOpen(false);
    const typed = text.trim().toLowerCase();
    if (value || !typed) return;
    const exact = items.find(
      (item) => item.code.toLowerCase() === typed || item.label.toLowerCase() === typed,
    );
    if (exact) choose(exact);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open && items.length > 0) {
      event.preventDefault();
      const item = items[active] ?? (items.length === 1 ? items[0] : undefined);
      if (item) choose(item);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && items.length > 0;
  const settled = open && search.isSuccess && !search.isPlaceholderData && text.trim() !== '';
  return (
    <div className={error ? 'field field--invalid picker' : 'field picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="picker__box">
        <input
          className="field__input"
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (value && !clearOnSelect) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        />
        <div className="picker__list" id={listId} role="listbox" aria-label={label} hidden={!expanded}>
          {items.map((item, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the combobox (aria-activedescendant)
            <div
              key={item.code}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="picker__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(item)}
            >
              <span className="picker__label">{item.label}</span>
              {item.detail ? <span className="picker__detail">{item.detail}</span> : null}
            </div>
          ))}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {settled ? t('reference.results', { number: items.length }) : ''}
      </p>
      {settled && items.length === 0 ? <p className="field__hint">{t('reference.noResults')}</p> : null}
    </div>
  );
}
