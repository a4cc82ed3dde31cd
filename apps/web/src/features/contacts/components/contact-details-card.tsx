import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { type CompanyOption, CompanyPicker } from '../../../lib/ui/entity-pickers';
import { useActiveUserOptions } from '../../../lib/lookups';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { type Contact, type ContactStatus } from '../api/types';
import { type ContactChanges, useUpdateContact } from '../api/update-contact';
import { InlineField } from '../../../lib/ui/inline-field';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { StatusChip } from './status-chip';

const none = (text: string) => (
  <Typography component="span" variant="body2" sx={{ color: 'text.disabled' }}>
    {text}
  </Typography>
);

/** The contact's fields, each editable in place. */
export function ContactDetailsCard({ contact }: { contact: Contact }) {
  const canAssign = useCanManage();
  const owners = useActiveUserOptions(canAssign);
  const update = useUpdateContact();
  const save = (changes: ContactChanges) => update.mutateAsync({ id: contact.id, changes });

  return (
    <Card>
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 0.5 }}>
          Details
        </Typography>
        <InlineField
          label="First name"
          field="firstName"
          value={contact.firstName}
          display={contact.firstName || none('—')}
          onSave={(firstName) => save({ firstName })}
          editor={({ value, onChange, error }) => <TextField size="small" fullWidth autoFocus value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'First name' } }} />}
        />
        <InlineField
          label="Last name"
          field="lastName"
          value={contact.lastName}
          display={contact.lastName || none('—')}
          onSave={(lastName) => save({ lastName })}
          editor={({ value, onChange, error }) => <TextField size="small" fullWidth autoFocus value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Last name' } }} />}
        />
        <InlineField
          label="Email"
          field="email"
          value={contact.email}
          display={<Link href={`mailto:${contact.email}`} underline="hover">{contact.email}</Link>}
          onSave={(email) => save({ email })}
          editor={({ value, onChange, error }) => <TextField size="small" type="email" fullWidth autoFocus value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Email' } }} />}
        />
        <InlineField
          label="Phone"
          field="phone"
          value={contact.phone ?? ''}
          display={contact.phone ? <Link href={`tel:${contact.phone.replace(/\s/g, '')}`} underline="hover">{contact.phone}</Link> : none('No phone')}
          onSave={(phone) => save({ phone: phone || null })}
          editor={({ value, onChange, error }) => <TextField size="small" fullWidth autoFocus value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Phone' } }} />}
        />
        <InlineField<CompanyOption | null>
          label="Company"
          field="companyId"
          value={contact.company}
          display={contact.company ? <Link component={RouterLink} to={`/companies/${contact.company.id}`} underline="hover">{contact.company.name}</Link> : none('No company')}
          onSave={(company) => save({ companyId: company?.id ?? null })}
          editor={({ value, onChange, error }) => <CompanyPicker size="small" value={value} onChange={onChange} error={error} autoFocus />}
        />
        <InlineField<ContactStatus>
          label="Status"
          field="status"
          value={contact.status}
          display={<StatusChip status={contact.status} />}
          onSave={(status) => save({ status })}
          editor={({ value, onChange, error }) => (
            <TextField select size="small" fullWidth value={value} onChange={(e) => onChange(e.target.value as ContactStatus)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Status' } }}>
              {CONTACT_STATUSES.map((status) => (
                <MenuItem key={status} value={status}>
                  {contactStatusLabel(status)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <InlineField
          label="Owner"
          field="assignedToId"
          value={contact.assignedToId ?? ''}
          readOnly={!canAssign}
          display={contact.assignedTo?.name ?? none('Unassigned')}
          onSave={(assignedToId) => save({ assignedToId: assignedToId || null })}
          editor={({ value, onChange, error }) => (
            <TextField select size="small" fullWidth value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Owner' } }}>
              {ownerOptions(owners.data, '', contact.assignedTo)}
            </TextField>
          )}
        />
        <InlineField
          label="Notes"
          field="notes"
          value={contact.notes ?? ''}
          display={contact.notes ? <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</Typography> : none('No notes')}
          onSave={(notes) => save({ notes: notes || null })}
          editor={({ value, onChange, error }) => <TextField size="small" fullWidth multiline minRows={3} autoFocus value={value} onChange={(e) => onChange(e.target.value)} error={Boolean(error)} helperText={error} slotProps={{ htmlInput: { 'aria-label': 'Notes' } }} />}
        />
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1.5 }}>
          Created {formatDateTime(contact.createdAt)} · Updated {formatDateTime(contact.updatedAt)}
        </Typography>
      </CardContent>
    </Card>
  );
}
