import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { useFormErrors } from '../../../lib/use-form-errors';
import { type CompanyOption, CompanyPicker } from '../../../lib/ui/entity-pickers';
import { type ContactInput, useCreateContact } from '../api/create-contact';
import { useTagCounts } from '../api/contact-tags';
import { useActiveUserOptions } from '../../../lib/lookups';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { type Contact, type ContactStatus } from '../api/types';
import { useUpdateContact } from '../api/update-contact';
import { ownerOptions } from '../../../lib/ui/owner-options';

interface FormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: CompanyOption | null;
  status: ContactStatus;
  assignedToId: string;
  tags: string[];
  notes: string;
}

function initialValues(contact: Contact | undefined, meId: string): FormValues {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    company: contact?.company ?? null,
    status: contact?.status ?? 'lead',
    assignedToId: contact ? (contact.assignedToId ?? '') : meId,
    tags: contact?.tags ?? [],
    notes: contact?.notes ?? '',
  };
}

interface ContactFormDialogProps {
  open: boolean;
  /** Edit this contact; create a new one when absent. */
  contact?: Contact;
  onClose(): void;
  onSaved(contact: Contact): void;
}

/** Create or edit a contact; the API's field errors show under their fields. */
/** The fields the dialog shows, as the API names them. */
const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'companyId', 'status', 'assignedToId', 'tags', 'notes'] as const;
const MEMBER_FIELDS = CONTACT_FIELDS.filter((field) => field !== 'assignedToId');

export function ContactFormDialog({ open, contact, onClose, onSaved }: ContactFormDialogProps) {
  const me = useCurrentUser();
  const isMember = !useCanManage();
  const owners = useActiveUserOptions(!isMember && open);
  const tagOptions = useTagCounts();
  const create = useCreateContact();
  const update = useUpdateContact();
  const pending = create.isPending || update.isPending;
  const [values, setValues] = useState<FormValues>(() => initialValues(contact, me.id));
  // A member sees no Owner field: a refusal of the owner goes to the top of the dialog instead.
  const { fieldErrors, detail, clearErrors, showErrors } = useFormErrors(isMember ? MEMBER_FIELDS : CONTACT_FIELDS);

  function reset() {
    setValues(initialValues(contact, me.id));
    clearErrors();
  }

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    const body: ContactInput = {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      phone: values.phone || null,
      companyId: values.company?.id ?? null,
      status: values.status,
      tags: values.tags,
      notes: values.notes || null,
      ...(isMember ? {} : { assignedToId: values.assignedToId || null }),
    };
    const callbacks = {
      onSuccess: (saved: Contact) => {
        onSaved(saved);
        onClose();
      },
      onError: showErrors,
    };
    if (contact) update.mutate({ id: contact.id, changes: body }, callbacks);
    else create.mutate(body, callbacks);
  }

  const title = contact ? 'Edit contact' : 'New contact';
  return (
    <ActionDialog open={open} pending={pending} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onEnter: reset } }}>
      <form noValidate onSubmit={handleSubmit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {detail && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {detail}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField label="First name" fullWidth autoFocus value={values.firstName} onChange={(e) => set('firstName', e.target.value)} error={Boolean(fieldErrors.firstName)} helperText={fieldErrors.firstName} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField label="Last name" fullWidth value={values.lastName} onChange={(e) => set('lastName', e.target.value)} error={Boolean(fieldErrors.lastName)} helperText={fieldErrors.lastName} />
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <TextField label="Email" type="email" required fullWidth value={values.email} onChange={(e) => set('email', e.target.value)} error={Boolean(fieldErrors.email)} helperText={fieldErrors.email} />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField label="Phone" fullWidth value={values.phone} onChange={(e) => set('phone', e.target.value)} error={Boolean(fieldErrors.phone)} helperText={fieldErrors.phone} />
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <CompanyPicker value={values.company} onChange={(company) => set('company', company)} error={fieldErrors.companyId} />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField select label="Status" fullWidth value={values.status} onChange={(e) => set('status', e.target.value as ContactStatus)} error={Boolean(fieldErrors.status)} helperText={fieldErrors.status}>
                {CONTACT_STATUSES.map((status) => (
                  <MenuItem key={status} value={status}>
                    {contactStatusLabel(status)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            {!isMember && (
              <Grid size={12}>
                <TextField select label="Owner" fullWidth value={values.assignedToId} onChange={(e) => set('assignedToId', e.target.value)} error={Boolean(fieldErrors.assignedToId)} helperText={fieldErrors.assignedToId}>
                  {ownerOptions(owners.data, '', contact ? contact.assignedTo : me)}
                </TextField>
              </Grid>
            )}
            <Grid size={12}>
              <Autocomplete
                multiple
                freeSolo
                options={(tagOptions.data ?? []).map((t) => t.tag)}
                value={values.tags}
                onChange={(_, tags) => set('tags', tags.map((t) => t.trim().toLowerCase()).filter(Boolean))}
                renderInput={(params) => (
                  <TextField {...params} label="Tags" placeholder={values.tags.length ? '' : 'Type a tag and press Enter'} error={Boolean(fieldErrors.tags)} helperText={fieldErrors.tags} />
                )}
              />
            </Grid>
            <Grid size={12}>
              <TextField label="Notes" fullWidth multiline minRows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} error={Boolean(fieldErrors.notes)} helperText={fieldErrors.notes} />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogButtons confirmLabel={contact ? 'Save changes' : 'Create contact'} pending={pending} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
