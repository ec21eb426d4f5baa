import type { TrainingNeed } from '../../api/types';
import { useTranslation } from '../../translator';
import { CheckboxField } from '../forms/choice-field';
import { fieldId, TextField } from '../forms/field';
import { trainingNeeds } from './people-vocabulary';

interface TrainingNeedsFieldProps {
  idPrefix: string;
  value: TrainingNeed[];
  onChange: (value: TrainingNeed[]) => void;
}

/** The training this person needs, as checkboxes. */
export function TrainingNeedsField({ idPrefix, value, onChange }: TrainingNeedsFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group repeat-group" id={fieldId(idPrefix, 'trainingNeeds')}>
      <legend className="field__label">{t('assessment.fields.trainingNeeds')}</legend>
      {trainingNeeds.map((need) => (
        <label className="choice" key={need}>
          <input
            type="checkbox"
            checked={value.includes(need)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, need] : value.filter((item) => item !== need))
            }
          />
          <span>{t(`trainingNeeds.${need}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface MeetingPreferences {
  inPerson: boolean;
  online: boolean;
  meetingNotes: string;
}

interface MeetingPreferencesFieldsProps {
  idPrefix: string;
  value: MeetingPreferences;
  onChange: (change: Partial<MeetingPreferences>) => void;
}

/** How the person likes to meet: in person, online, and a note. */
export function MeetingPreferencesFields({ idPrefix, value, onChange }: MeetingPreferencesFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="repeat-group">
      <legend className="field__label">{t('assessment.fields.meetingPreferences')}</legend>
      <CheckboxField
        idPrefix={idPrefix}
        name="meetingPreferences.inPerson"
        label={t('assessment.inPerson')}
        checked={value.inPerson}
        onChange={(inPerson) => onChange({ inPerson })}
      />
      <CheckboxField
        idPrefix={idPrefix}
        name="meetingPreferences.online"
        label={t('assessment.online')}
        checked={value.online}
        onChange={(online) => onChange({ online })}
      />
      <TextField
        idPrefix={idPrefix}
        name="meetingPreferences.notes"
        label={`${t('assessment.meetingNotes')} (${t('common.optional').toLowerCase()})`}
        maxLength={500}
        value={value.meetingNotes}
        onChange={(event) => onChange({ meetingNotes: event.target.value })}
      />
    </fieldset>
  );
}
