import { Link } from 'react-router';
import { useTranslation } from '../../translator';
import { useAllAssociations } from '../associations/association-queries';
import { SelectField } from '../forms/field';

interface AssociationSelectProps {
  idPrefix: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
}

/** Picks the association a coach belongs to. */
export function AssociationSelect({ idPrefix, error, defaultValue }: AssociationSelectProps) {
  const { t } = useTranslation();
  const associations = useAllAssociations();
  const items = associations.data ?? [];
  if (associations.isSuccess && items.length === 0) {
    return (
      <p className="notice notice--warning">
        {t('staff.noAssociations')} <Link to="/associations">{t('staff.createAssociationFirst')}</Link>
      </p>
    );
  }
  return (
    <SelectField
      idPrefix={idPrefix}
      name="associationId"
      label={t('fields.association')}
      hint={t('staff.associationHint')}
      defaultValue={defaultValue ?? ''}
      error={error}
    >
      <option value="">{associations.isPending ? t('common.loading') : t('staff.chooseAssociation')}</option>
      {items.map((association) => (
        <option key={association.id} value={association.id}>
          {association.name}
        </option>
      ))}
    </SelectField>
  );
}
