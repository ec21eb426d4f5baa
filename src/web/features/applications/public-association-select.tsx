import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import { useTranslation } from '../../translator';
import { SelectField } from '../forms/field';

interface PublicAssociationSelectProps {
  idPrefix: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}

/** The association an applicant would like to be coached by, or "any association near me". */
export function PublicAssociationSelect({ idPrefix, value, onChange, error }: PublicAssociationSelectProps) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['public-associations'],
    queryFn: () => callApi('GET /api/public/associations'),
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });
  return (
    <SelectField
      idPrefix={idPrefix}
      name="preferredAssociationId"
      label={t('apply.fields.preferredAssociationId')}
      hint={t('apply.associationHint')}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('apply.anyAssociation')}</option>
      {(list.data ?? []).map((association) => (
        <option key={association.id} value={association.id}>
          {association.city
            ? `${association.name} (${association.city}, ${t(`regions.${association.region}`)})`
            : `${association.name} (${t(`regions.${association.region}`)})`}
        </option>
      ))}
    </SelectField>
  );
}
