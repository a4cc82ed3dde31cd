import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../format';
import { type FieldDefinition, isEmptyValue } from './field-types';

// A date field holds a day, not an instant: formatted in UTC it is the same day for every viewer.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 10 });

const optionLabel = (definition: FieldDefinition, value: unknown) => definition.options.find((o) => o.value === value)?.label ?? String(value);

/** A value as plain text ('' when empty): dates localized, options by their labels, booleans Yes/No. */
export function formatCustomValue(definition: FieldDefinition, value: unknown): string {
  if (isEmptyValue(value)) return '';
  switch (definition.type) {
    case 'boolean':
      return value === true ? 'Yes' : 'No';
    case 'number':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
    case 'date': {
      const day = new Date(`${String(value)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? String(value) : dayFormat.format(day);
    }
    case 'datetime':
      return Number.isNaN(new Date(String(value)).getTime()) ? String(value) : formatDateTime(String(value));
    case 'select':
      return optionLabel(definition, value);
    case 'multiselect':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(definition, v)).join(', ');
    default:
      return String(value);
  }
}

/** Only web addresses become links: a stored `javascript:` URL must not run on a click. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A value for reading: url, email and phone as links, multiselect as chips, long text with its line breaks, empty as "—". */
export function CustomValue({ definition, value }: { definition: FieldDefinition; value: unknown }) {
  if (isEmptyValue(value)) {
    return (
      <Typography component="span" variant="body2" sx={{ color: 'text.disabled' }}>
        —
      </Typography>
    );
  }
  const text = formatCustomValue(definition, value);
  switch (definition.type) {
    case 'url': {
      const href = safeHref(text);
      return href ? (
        <Link href={href} target="_blank" rel="noopener noreferrer" underline="hover">
          {text}
        </Link>
      ) : (
        <>{text}</>
      );
    }
    case 'email':
      return (
        <Link href={`mailto:${text}`} underline="hover">
          {text}
        </Link>
      );
    case 'phone':
      return (
        <Link href={`tel:${text.replace(/[^\d+]/g, '')}`} underline="hover">
          {text}
        </Link>
      );
    case 'multiselect':
      return (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {(Array.isArray(value) ? value : [value]).map((v) => (
            <Chip key={String(v)} size="small" label={optionLabel(definition, v)} />
          ))}
        </Box>
      );
    case 'textarea':
      return (
        <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Typography>
      );
    default:
      return <>{text}</>;
  }
}
