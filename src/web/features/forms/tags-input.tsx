import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from '../../translator';
import { ChipList } from '../reference/reference-multi-picker';
import { describedBy, fieldId } from './field';

interface TagsInputProps {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string[];
  onChange: (tags: string[]) => void;
  max?: number;
  maxLength?: number;
}

/** Free words as chips (expertise, interests): type, then Enter or the Add button. */
export function TagsInput(props: TagsInputProps) {
  const { idPrefix, name, label, hint, error, value, onChange, max = 20, maxLength = 60 } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const id = fieldId(idPrefix, name);

  function add() {
    const tag = text.trim();
    if (!tag || value.includes(tag) || value.length >= max) return;
    onChange([...value, tag]);
    setText('');
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
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
      <div className="search-form__row">
        <input
          className="field__input"
          id={id}
          type="text"
          value={text}
          maxLength={maxLength}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('common.add')}
        </button>
      </div>
      <ChipList
        items={value.map((tag) => ({ code: tag, label: tag }))}
        label={label}
        onRemove={(tag) => onChange(value.filter((item) => item !== tag))}
        removeLabel={(tag) => t('reference.remove', { label: tag })}
      />
    </div>
  );
}
