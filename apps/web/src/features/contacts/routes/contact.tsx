import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundContact } from '../components/not-found-contact';
import { useDeleteContact } from '../api/delete-contact';
import { useContact } from '../api/get-contact';
import { useUpdateContact } from '../api/update-contact';
import { AddActivityForm } from '../components/add-activity-form';
import { ContactAvatar } from '../components/contact-avatar';
import { ContactDealsSection } from '../components/contact-deals-section';
import { ContactDetailsCard } from '../components/contact-details-card';
import { ContactEmailsSection } from '../components/contact-emails-section';
import { ContactFormDialog } from '../components/contact-form-dialog';
import { ContactPrivacyActions } from '../components/contact-privacy-actions';
import { ContactTagsCard } from '../components/contact-tags-card';
import { ContactConsentsCard } from '../components/contact-consents-card';
import { ContactSubscriptionsCard } from '../components/contact-subscriptions-card';
import { ContactWorkflowsSection } from '../components/contact-workflows-section';
import { StatusChip } from '../components/status-chip';
import { ActivityTimeline } from '../../../lib/ui/activity-timeline';
import { CustomFieldsCard } from '../../../lib/custom-fields/custom-fields-card';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { isNotFound } from '../../../lib/ui/not-found-panel';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { usePageTitle } from '../../../lib/use-page-title';

export function Component() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const contact = useContact(id);
  usePageTitle(contact.data?.fullName, 'Contacts');
  const remove = useDeleteContact();
  const update = useUpdateContact();
  const [editing, setEditing] = useState(false);

  if (contact.isPending) {
    return (
      <Stack spacing={2}>
        <Skeleton variant="rounded" height={72} />
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Skeleton variant="rounded" height={420} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <Skeleton variant="rounded" height={420} />
          </Grid>
        </Grid>
      </Stack>
    );
  }
  if (contact.isError) {
    if (isNotFound(contact.error)) return <NotFoundContact />;
    return <QueryErrorAlert query={contact} />;
  }
  const c = contact.data;

  return (
    <>
      <Button component={Link} to="/contacts" startIcon={<ArrowBack />} color="inherit" size="small" sx={{ mb: 1.5, color: 'text.secondary' }}>
        Contacts
      </Button>
      <Box sx={{ display: 'flex', alignItems: { sm: 'center' }, flexDirection: { xs: 'column', sm: 'row' }, gap: 2, mb: 3 }}>
        <ContactAvatar name={c.fullName} size={56} />
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h4" component="h1">
              {c.fullName}
            </Typography>
            <StatusChip status={c.status} size="medium" />
          </Box>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {[c.email, c.company?.name, c.assignedTo && `Owner: ${c.assignedTo.name}`].filter(Boolean).join(' · ')}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexShrink: 0, flexWrap: 'wrap' }}>
          <Button variant="outlined" color="inherit" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <DeleteButton item={{ id: c.id, name: c.fullName }} noun="contact" remove={remove} onDeleted={() => navigate('/contacts', { replace: true })}>
            Its timeline goes with it, for everyone; its deals stay, without a contact. This cannot be undone.
          </DeleteButton>
          <ContactPrivacyActions contact={c} onErased={(notice) => navigate('/contacts', { replace: true, state: { notice } })} />
        </Box>
      </Box>

      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 5, lg: 4 }}>
          <Stack spacing={3}>
            <ContactDetailsCard contact={c} />
            <CustomFieldsCard objectType="contact" values={c.customFields} onSave={(customFields) => update.mutateAsync({ id: c.id, changes: { customFields } })} />
            <ContactTagsCard contact={c} />
            <ContactSubscriptionsCard contactId={c.id} />
            <ContactConsentsCard contactId={c.id} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 7, lg: 8 }}>
          <Stack spacing={3}>
            <Card>
              <CardContent>
                <Typography variant="subtitle1" component="h2" sx={{ mb: 1.5 }}>
                  Log activity
                </Typography>
                <AddActivityForm contactId={c.id} />
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="subtitle1" component="h2" sx={{ mb: 2 }}>
                  Timeline
                </Typography>
                <ActivityTimeline
                  contactId={c.id}
                  label="Activity timeline"
                  empty="Nothing logged yet. Notes, calls and meetings you add show up here, with status and tag changes."
                />
              </CardContent>
            </Card>
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, lg: 6 }}>
                <ContactDealsSection contactId={c.id} />
              </Grid>
              <Grid size={{ xs: 12, lg: 6 }}>
                <ContactEmailsSection contactId={c.id} />
              </Grid>
              <Grid size={12}>
                <ContactWorkflowsSection contactId={c.id} />
              </Grid>
            </Grid>
          </Stack>
        </Grid>
      </Grid>

      <ContactFormDialog open={editing} contact={c} onClose={() => setEditing(false)} onSaved={() => undefined} />
    </>
  );
}
