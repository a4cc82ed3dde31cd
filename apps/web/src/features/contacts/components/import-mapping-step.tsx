import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useCanManage } from '../../../lib/auth';
import { type FieldDefinition, fieldTypeLabel } from '../../../lib/custom-fields/field-types';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import type { ImportField, ImportPreview, ImportTarget } from '../api/types';
import { CreateFieldFromColumnDialog, type FieldSourceColumn } from './create-field-from-column-dialog';

export const FIELD_LABELS: Record<ImportField, string> = {
  email: 'Email',
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name (split in two)',
  phone: 'Phone',
  company: 'Company',
  status: 'Status',
  owner: 'Owner (user’s email or name)',
  tags: 'Tags',
  notes: 'Notes',
  createdAt: 'Created (date in the other tool)',
};

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The select's value that opens "Create field from this column" instead of choosing a field. */
const CREATE_FIELD = '__create_field__';

/** How a column's target is named to people: the built-in field's label, or the custom field's. */
export function targetLabel(target: ImportTarget, customFields: readonly FieldDefinition[]): string {
  if (!target.startsWith('cf.')) return FIELD_LABELS[target as ImportField];
  const key = target.slice(3);
  return customFields.find((f) => f.key === key)?.label ?? key;
}

export interface ColumnChoices {
  fields: (ImportTarget | '')[];
  onDuplicate: 'skip' | 'update';
  /** The contact's custom fields as they were when the columns were matched (including any just created). */
  customFields: FieldDefinition[];
}

interface ImportMappingStepProps {
  file: File;
  preview: ImportPreview;
  /** What the user chose before coming back to this step. */
  initial: ColumnChoices | null;
  onBack(): void;
  onContinue(choices: ColumnChoices): void;
}

/** Each CSV column with the field it fills (changeable), the first rows as they will land, and what to do with duplicates. */
export function ImportMappingStep({ file, preview, initial, onBack, onContinue }: ImportMappingStepProps) {
  const canManage = useCanManage();
  const definitions = useFieldDefinitions('contact');
  // A field created here is offered at once, before the refetched list brings it.
  const [created, setCreated] = useState<FieldDefinition[]>([]);
  const customFields = [...(definitions.data ?? []), ...created.filter((c) => !definitions.data?.some((d) => d.key === c.key))];
  const [fields, setFields] = useState<(ImportTarget | '')[]>(() => initial?.fields ?? preview.columns.map((c) => (c.field ?? '') as ImportTarget | ''));
  const [onDuplicate, setOnDuplicate] = useState<'skip' | 'update'>(initial?.onDuplicate ?? 'skip');
  const [creatingFor, setCreatingFor] = useState<{ index: number; column: FieldSourceColumn } | null>(null);
  const emailColumns = fields.filter((f) => f === 'email').length;
  const duplicateField = fields.find((f, i) => f && fields.indexOf(f) !== i);
  const problem =
    emailColumns === 0
      ? 'Choose the column that holds the email address.'
      : duplicateField
        ? `Two columns are matched to ${targetLabel(duplicateField, customFields)}.`
        : null;
  const mapped = preview.columns.map((column, index) => ({ ...column, index, field: fields[index] })).filter((c) => c.field);

  function setField(index: number, field: ImportTarget | '') {
    setFields((current) => current.map((f, i) => (i === index ? field : f)));
  }

  function choose(index: number, value: string) {
    if (value !== CREATE_FIELD) return setField(index, value as ImportTarget | '');
    const column = preview.columns[index];
    setCreatingFor({ index, column: { header: column.header, guessedType: column.guessedType, values: column.values } });
  }


  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {file.name}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {fileSize(file.size)} · {preview.total.toLocaleString()} rows · {preview.delimiter === ';' ? 'semicolon' : preview.delimiter === ',' ? 'comma' : 'tab'} separated ·{' '}
        {preview.columns.length} columns. Check how each column is matched; unmatched columns are not imported.
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 2, mb: 3 }}>
        <Table size="small" aria-label="Column mapping">
          <TableHead>
            <TableRow>
              <TableCell>Column in your file</TableCell>
              <TableCell sx={{ width: 260 }}>Imports as</TableCell>
              <TableCell>Examples</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.columns.map((column, index) => (
              <TableRow key={`${column.header}-${index}`}>
                <TableCell sx={{ fontWeight: 600 }}>{column.header || <em>(no header)</em>}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={fields[index]}
                    onChange={(e) => choose(index, e.target.value)}
                    slotProps={{ select: { displayEmpty: true }, htmlInput: { 'aria-label': `Field for column ${column.header}` } }}
                  >
                    <MenuItem value="">
                      <em>Don’t import</em>
                    </MenuItem>
                    {preview.fields.map((field) => (
                      <MenuItem key={field} value={field}>
                        {FIELD_LABELS[field]}
                      </MenuItem>
                    ))}
                    {(customFields.length > 0 || canManage) && <ListSubheader>Custom fields</ListSubheader>}
                    {customFields.map((field) => (
                      <MenuItem key={field.key} value={`cf.${field.key}`}>
                        {field.label}
                        <Typography component="span" variant="caption" sx={{ color: 'text.secondary', ml: 1 }}>
                          {fieldTypeLabel(field.type)}
                        </Typography>
                      </MenuItem>
                    ))}
                    {/* The detected mapping can name a field before the list of fields has loaded: offered under its key meanwhile. */}
                    {fields[index].startsWith('cf.') && !customFields.some((f) => `cf.${f.key}` === fields[index]) && (
                      <MenuItem value={fields[index]}>{fields[index].slice(3)}</MenuItem>
                    )}
                    {canManage && (
                      <MenuItem value={CREATE_FIELD} sx={{ color: 'primary.main' }}>
                        Create field from this column…
                      </MenuItem>
                    )}
                  </TextField>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {preview.rows
                    .map((row) => row[index])
                    .filter(Boolean)
                    .slice(0, 3)
                    .join(' · ') || '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>

      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        Preview of the first {preview.rows.length} rows
      </Typography>
      {/* A wide file scrolls sideways: the region takes focus so keyboard users can scroll it too. */}
      <TableContainer tabIndex={0} role="region" aria-label="Preview of the first rows" sx={{ border: 1, borderColor: 'divider', borderRadius: 2, mb: 3 }}>
        <Table size="small" aria-label="Preview">
          <TableHead>
            <TableRow>
              {mapped.map((column) => (
                <TableCell key={column.index} sx={{ whiteSpace: 'nowrap' }}>
                  {targetLabel(column.field as ImportTarget, customFields)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.rows.map((row, r) => (
              <TableRow key={r}>
                {mapped.map((column) => (
                  <TableCell key={column.index} sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {row[column.index]}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>

      <FormControl sx={{ mb: 3 }}>
        <FormLabel id="on-duplicate" sx={{ fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' }}>
          When an email already exists
        </FormLabel>
        <RadioGroup aria-labelledby="on-duplicate" value={onDuplicate} onChange={(e) => setOnDuplicate(e.target.value as 'skip' | 'update')}>
          <FormControlLabel value="skip" control={<Radio size="small" />} label="Skip the row and keep the existing contact" />
          <FormControlLabel value="update" control={<Radio size="small" />} label="Update the existing contact with the file’s values (tags are added)" />
        </RadioGroup>
      </FormControl>

      {problem && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button color="inherit" onClick={onBack}>
          Choose another file
        </Button>
        <Button variant="contained" onClick={() => onContinue({ fields, onDuplicate, customFields })} disabled={Boolean(problem)}>
          Continue
        </Button>
      </Box>
      <CreateFieldFromColumnDialog
        column={creatingFor?.column ?? null}
        onClose={() => setCreatingFor(null)}
        onCreated={(field) => {
          setCreated((current) => [...current, field]);
          if (creatingFor) setField(creatingFor.index, `cf.${field.key}`);
        }}
      />
    </>
  );
}
