import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useCanManage } from '../auth';
import { InlineField } from '../ui/inline-field';
import { QueryErrorAlert } from '../ui/query-error-alert';
import { CustomFieldInput } from './custom-field-input';
import { type CustomFieldDraft, fromDraft, toDraft } from './custom-field-values';
import type { CustomFieldValues, FieldObjectType } from './field-types';
import { OBJECT_TYPES } from './field-types';
import { CustomValue } from './format-custom-value';
import { useFieldDefinitions } from './use-field-definitions';

interface CustomFieldsCardProps {
  objectType: FieldObjectType;
  values: CustomFieldValues | null | undefined;
  /** Saves `{ [key]: value }` (null clears) with the record's PATCH; rejects with the API error to keep the editor open. */
  onSave(changes: CustomFieldValues): Promise<unknown>;
  readOnly?: boolean;
}

/** The "Fields" card of a record page: every custom field of its type, formatted, each editable in place. */
export function CustomFieldsCard({ objectType, values, onSave, readOnly }: CustomFieldsCardProps) {
  const definitions = useFieldDefinitions(objectType);
  const canManage = useCanManage();
  const plural = OBJECT_TYPES.find((o) => o.value === objectType)!.plural.toLowerCase();

  return (
    <Card component="section" aria-labelledby={`custom-fields-${objectType}`}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography id={`custom-fields-${objectType}`} variant="subtitle1" component="h2" sx={{ mb: 0.5 }}>
          Fields
        </Typography>
        {definitions.isPending ? (
          <Skeleton variant="rounded" height={96} />
        ) : definitions.isError ? (
          <QueryErrorAlert query={definitions} prefix="The fields could not be loaded" />
        ) : definitions.data.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
            No custom fields for {plural} yet.{' '}
            {canManage && (
              <Link component={RouterLink} to={`/settings/fields?object=${objectType}`}>
                Add fields in Settings
              </Link>
            )}
          </Typography>
        ) : (
          definitions.data.map((definition) => (
            <InlineField<CustomFieldDraft>
              key={definition.id}
              label={definition.label}
              value={toDraft(definition, values?.[definition.key])}
              display={<CustomValue definition={definition} value={values?.[definition.key]} />}
              readOnly={readOnly}
              field={`customFields.${definition.key}`}
              onSave={(draft) => onSave({ [definition.key]: fromDraft(definition, draft) })}
              editor={({ value, onChange, error }) => <CustomFieldInput definition={definition} value={value} onChange={onChange} error={error} size="small" autoFocus inline />}
            />
          ))
        )}
      </CardContent>
    </Card>
  );
}
