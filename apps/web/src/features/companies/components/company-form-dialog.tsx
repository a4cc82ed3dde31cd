import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { useFormErrors } from '../../../lib/use-form-errors';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type CompanyDetail, useIndustries, useSaveCompany } from '../api/companies';

const SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5000+'];

interface Values {
  name: string;
  domain: string;
  industry: string;
  size: string;
}

const initial = (company?: CompanyDetail): Values => ({
  name: company?.name ?? '',
  domain: company?.domain ?? '',
  industry: company?.industry ?? '',
  size: company?.size ?? '',
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
  const industries = useIndustries();
  const [values, setValues] = useState<Values>(() => initial(company));
  const { fieldErrors: errors, detail, clearErrors, showErrors } = useFormErrors();
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    save.mutate(
      { id: company?.id, body: { name: values.name, domain: values.domain || null, industry: values.industry || null, size: values.size || null } },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onClose();
        },
        onError: showErrors,
      },
    );
  }

  return (
    <ActionDialog
      open={open}
      pending={save.isPending}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{
        transition: {
          onEnter: () => {
            setValues(initial(company));
            clearErrors();
          },
        },
      }}
    >
      <form noValidate onSubmit={submit}>
        <DialogTitle>{company ? 'Edit company' : 'New company'}</DialogTitle>
        <DialogContent>
          {detail && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {detail}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={12}>
              <TextField label="Name" required fullWidth autoFocus value={values.name} onChange={(e) => set('name', e.target.value)} error={Boolean(errors.name)} helperText={errors.name} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField label="Website domain" placeholder="acme.com" fullWidth value={values.domain} onChange={(e) => set('domain', e.target.value)} error={Boolean(errors.domain)} helperText={errors.domain} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField select label="Size" fullWidth value={values.size} onChange={(e) => set('size', e.target.value)} error={Boolean(errors.size)} helperText={errors.size ?? 'Employees'}>
                <MenuItem value="">
                  <em>Unknown</em>
                </MenuItem>
                {[...new Set([...SIZES, ...(values.size ? [values.size] : [])])].map((size) => (
                  <MenuItem key={size} value={size}>
                    {size}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={12}>
              <Autocomplete
                freeSolo
                options={industries.data ?? []}
                inputValue={values.industry}
                onInputChange={(_, value) => set('industry', value)}
                renderInput={(params) => <TextField {...params} label="Industry" error={Boolean(errors.industry)} helperText={errors.industry} />}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogButtons confirmLabel={company ? 'Save changes' : 'Create company'} pending={save.isPending} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
