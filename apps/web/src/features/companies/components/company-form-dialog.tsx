import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { controlledFieldProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type CompanyDetail, useIndustries, useSaveCompany } from '../api/companies';
import { type CustomFieldDrafts, customFieldChanges, customFieldErrorPaths } from '../../../lib/custom-fields/custom-field-values';
import { CustomFieldsFormSection } from '../../../lib/custom-fields/custom-fields-form-section';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';

const SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5000+'];

interface Values {
  name: string;
  domain: string;
  industry: string;
  size: string;
  customFields: CustomFieldDrafts;
}

const initial = (company?: CompanyDetail): Values => ({
  name: company?.name ?? '',
  domain: company?.domain ?? '',
  industry: company?.industry ?? '',
  size: company?.size ?? '',
  // Each custom field's input brings its own default (CustomFieldFormInput).
  customFields: {},
});

interface CompanyFormDialogProps {
  open: boolean;
  company?: CompanyDetail;
  onClose(): void;
  onSaved(company: CompanyDetail): void;
}

/** Create or edit a company; the API's field errors (and a duplicate name) show under the fields. */
export function CompanyFormDialog({ open, company, onClose, onSaved }: CompanyFormDialogProps) {
  const save = useSaveCompany();
  return (
    <ActionDialog open={open} pending={save.isPending} onClose={onClose} fullWidth maxWidth="sm">
      {/* Mounted with each opening (the dialog unmounts its content when closed), so the form starts from the company as it is now. */}
      <CompanyForm company={company} save={save} onClose={onClose} onSaved={onSaved} />
    </ActionDialog>
  );
}

function CompanyForm({ company, save, onClose, onSaved }: Omit<CompanyFormDialogProps, 'open'> & { save: ReturnType<typeof useSaveCompany> }) {
  const industries = useIndustries();
  const definitions = useFieldDefinitions('company').data ?? [];
  const form = useForm<Values>({ defaultValues: initial(company) });
  const [detail, setDetail] = useState<string | null>(null);
  const size = form.watch('size');
  const industry = controlledFieldProps(form, 'industry');

  function submit(values: Values) {
    setDetail(null);
    const customFields = customFieldChanges(definitions, values.customFields, company ? company.customFields : undefined);
    save.mutate(
      { id: company?.id, body: { name: values.name, domain: values.domain || null, industry: values.industry || null, size: values.size || null, ...(customFields && { customFields }) } },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onClose();
        },
        onError: (error) => setDetail(showProblem(form, error, { name: 'name', domain: 'domain', industry: 'industry', size: 'size', ...customFieldErrorPaths(definitions) })),
      },
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>{company ? 'Edit company' : 'New company'}</DialogTitle>
      <DialogContent>
        {detail && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {detail}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={12}>
            <TextField label="Name" required fullWidth autoFocus {...textFieldProps(form, 'name')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField label="Website domain" placeholder="acme.com" fullWidth {...textFieldProps(form, 'domain')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField select label="Size" fullWidth {...controlledFieldProps(form, 'size', 'Employees')}>
              <MenuItem value="">
                <em>Unknown</em>
              </MenuItem>
              {[...new Set([...SIZES, ...(size ? [size] : [])])].map((option) => (
                <MenuItem key={option} value={option}>
                  {option}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={12}>
            <Autocomplete
              freeSolo
              options={industries.data ?? []}
              inputValue={industry.value}
              onInputChange={(_, value) => industry.onChange({ target: { value } })}
              renderInput={(params) => <TextField {...params} label="Industry" error={industry.error} helperText={industry.helperText} />}
            />
          </Grid>
          <Grid size={12}>
            <CustomFieldsFormSection form={form} definitions={definitions} original={company?.customFields} />
          </Grid>
        </Grid>
      </DialogContent>
      <DialogButtons confirmLabel={company ? 'Save changes' : 'Create company'} pending={save.isPending} onCancel={onClose} />
    </form>
  );
}
