import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { controlledFieldProps, fieldErrorProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { type CompanyOption, CompanyPicker } from '../../../lib/ui/entity-pickers';
import { type ContactInput, useCreateContact } from '../api/create-contact';
import { useTagCounts } from '../api/contact-tags';
import { useActiveUserOptions } from '../../../lib/lookups';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { type Contact, type ContactStatus } from '../api/types';
import { useUpdateContact } from '../api/update-contact';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { type CustomFieldDrafts, customFieldChanges, customFieldErrorPaths } from '../../../lib/custom-fields/custom-field-values';
import { CustomFieldsFormSection } from '../../../lib/custom-fields/custom-fields-form-section';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';

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
  customFields: CustomFieldDrafts;
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
    // Each custom field's input brings its own default (CustomFieldFormInput).
    customFields: {},
  };
}

interface ContactFormDialogProps {
  open: boolean;
  /** Edit this contact; create a new one when absent. */
  contact?: Contact;
  onClose(): void;
  onSaved(contact: Contact): void;
}

/** The fields the dialog shows, by the API's names (the company picker is `companyId` there). */
const CONTACT_FIELDS: Record<string, FieldPath<FormValues>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  phone: 'phone',
  companyId: 'company',
  status: 'status',
  assignedToId: 'assignedToId',
  tags: 'tags',
  notes: 'notes',
};
// A member sees no Owner field: a refusal of the owner goes to the top of the dialog instead.
const { assignedToId: _owner, ...MEMBER_FIELDS } = CONTACT_FIELDS;

/** Create or edit a contact; the API's field errors show under their fields. */
export function ContactFormDialog({ open, contact, onClose, onSaved }: ContactFormDialogProps) {
  const isMember = !useCanManage();
  const owners = useActiveUserOptions(!isMember && open);
  const create = useCreateContact();
  const update = useUpdateContact();
  const pending = create.isPending || update.isPending;
  return (
    <ActionDialog open={open} pending={pending} onClose={onClose} fullWidth maxWidth="sm">
      {/* Mounted with each opening (the dialog unmounts its content when closed), so the form starts from the contact as it is now. */}
      <ContactForm contact={contact} isMember={isMember} owners={owners.data} create={create} update={update} pending={pending} onClose={onClose} onSaved={onSaved} />
    </ActionDialog>
  );
}

interface ContactFormProps extends Omit<ContactFormDialogProps, 'open'> {
  isMember: boolean;
  owners: ReturnType<typeof useActiveUserOptions>['data'];
  create: ReturnType<typeof useCreateContact>;
  update: ReturnType<typeof useUpdateContact>;
  pending: boolean;
}

function ContactForm({ contact, isMember, owners, create, update, pending, onClose, onSaved }: ContactFormProps) {
  const me = useCurrentUser();
  const tagOptions = useTagCounts();
  const definitions = useFieldDefinitions('contact').data ?? [];
  const form = useForm<FormValues>({ defaultValues: initialValues(contact, me.id) });
  const [detail, setDetail] = useState<string | null>(null);
  const [company, tags] = form.watch(['company', 'tags']);

  function submit(values: FormValues) {
    setDetail(null);
    const customFields = customFieldChanges(definitions, values.customFields, contact ? contact.customFields : undefined);
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
      ...(customFields && { customFields }),
    };
    const callbacks = {
      onSuccess: (saved: Contact) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => setDetail(showProblem(form, error, { ...(isMember ? MEMBER_FIELDS : CONTACT_FIELDS), ...customFieldErrorPaths(definitions) })),
    };
    if (contact) update.mutate({ id: contact.id, changes: body }, callbacks);
    else create.mutate(body, callbacks);
  }

  const title = contact ? 'Edit contact' : 'New contact';
  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {detail && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {detail}
          </Alert>
        )}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField label="First name" fullWidth autoFocus {...textFieldProps(form, 'firstName')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField label="Last name" fullWidth {...textFieldProps(form, 'lastName')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 7 }}>
            <TextField label="Email" type="email" required fullWidth {...textFieldProps(form, 'email')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 5 }}>
            <TextField label="Phone" fullWidth {...textFieldProps(form, 'phone')} />
          </Grid>
          <Grid size={{ xs: 12, sm: 7 }}>
            <CompanyPicker value={company} onChange={(next) => form.setValue('company', next, { shouldDirty: true })} error={fieldErrorProps(form, 'company').helperText} />
          </Grid>
          <Grid size={{ xs: 12, sm: 5 }}>
            <TextField select label="Status" fullWidth {...controlledFieldProps(form, 'status')}>
              {CONTACT_STATUSES.map((status) => (
                <MenuItem key={status} value={status}>
                  {contactStatusLabel(status)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          {!isMember && (
            <Grid size={12}>
              <TextField select label="Owner" fullWidth {...controlledFieldProps(form, 'assignedToId')}>
                {ownerOptions(owners, '', contact ? contact.assignedTo : me)}
              </TextField>
            </Grid>
          )}
          <Grid size={12}>
            <Autocomplete
              multiple
              freeSolo
              options={(tagOptions.data ?? []).map((t) => t.tag)}
              value={tags}
              onChange={(_, next) => form.setValue('tags', next.map((t) => t.trim().toLowerCase()).filter(Boolean), { shouldDirty: true })}
              renderInput={(params) => <TextField {...params} label="Tags" placeholder={tags.length ? '' : 'Type a tag and press Enter'} {...fieldErrorProps(form, 'tags')} />}
            />
          </Grid>
          <Grid size={12}>
            <TextField label="Notes" fullWidth multiline minRows={3} {...textFieldProps(form, 'notes')} />
          </Grid>
          <Grid size={12}>
            <CustomFieldsFormSection form={form} definitions={definitions} original={contact?.customFields} />
          </Grid>
        </Grid>
      </DialogContent>
      <DialogButtons confirmLabel={contact ? 'Save changes' : 'Create contact'} pending={pending} onCancel={onClose} />
    </form>
  );
}
