import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame, fieldId } from './field';

interface RadioGroupProps<T extends string> {
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly { value: T; label: ReactNode }[];
  value: T | '';
  onChange: (value: T) => void;
  /** Lays the options out in a row (short options such as 1-5). */
  inline?: boolean;
}

/** A fieldset of radio buttons; the first radio carries the field id the error summary links to. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { idPrefix, name, legend, hint, error, options, value, onChange, inline } = props;
  const id = fieldId(idPrefix, name);
  const classes = ['choice-group', inline ? 'choice-group--inline' : '', error ? 'field--invalid' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={classes} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field__label">{legend}</legend>
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
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            id={index === 0 ? id : `${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={error ? true : undefined}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface CheckboxFieldProps {
  idPrefix: string;
  name: string;
  label: ReactNode;
  hint?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One labelled checkbox with its hint and error. */
export function CheckboxField({ idPrefix, name, label, hint, error, checked, onChange }: CheckboxFieldProps) {
  const id = fieldId(idPrefix, name);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <label className="choice" htmlFor={id}>
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>;

interface TextAreaFieldProps extends TextAreaProps {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled multi-line text box. */
export function TextAreaField({ idPrefix, name, label, hint, error, ...rest }: TextAreaFieldProps) {
  const id = fieldId(idPrefix, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        rows={4}
        {...rest}
        className="field__input field__textarea"
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}
