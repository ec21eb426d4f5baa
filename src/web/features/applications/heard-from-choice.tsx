import { useTranslation } from '../../translator';
import { RadioGroup } from '../forms/choice-field';
import { type HeardFrom, heardFromOptions } from '../people/people-vocabulary';

interface HeardFromChoiceProps {
  idPrefix: string;
  value: HeardFrom | '';
  onChange: (value: HeardFrom) => void;
  error?: string | undefined;
}

/** "How did you hear about Mentor2Work?" as radio buttons. */
export function HeardFromChoice({ idPrefix, value, onChange, error }: HeardFromChoiceProps) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      idPrefix={idPrefix}
      name="heardFrom"
      legend={t('apply.fields.heardFrom')}
      options={heardFromOptions.map((option) => ({ value: option, label: t(`heardFrom.${option}`) }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
