import MailOutline from '@mui/icons-material/MailOutlined';
import Chip from '@mui/material/Chip';
import { formatDateTime } from '../../../lib/format';
import { useContactEmails } from '../api/related';
import { RelatedRow, RelatedSection } from './related-section';

/** Campaign emails sent to the contact, once the email module is installed. */
export function ContactEmailsSection({ contactId }: { contactId: string }) {
  return (
    <RelatedSection
      title="Emails"
      icon={<MailOutline fontSize="small" />}
      query={useContactEmails(contactId)}
      empty="No emails sent to this contact yet."
    >
      {(emails) =>
        emails.map((email) => (
          <RelatedRow
            key={email.id}
            primary={email.renderedSubject ?? email.campaignName ?? 'Email'}
            secondary={[email.campaignName, email.sentAt && `Sent ${formatDateTime(email.sentAt)}`, email.openedAt && 'opened', email.clickedAt && 'clicked'].filter(Boolean).join(' · ')}
            trailing={email.status && <Chip size="small" label={email.status} sx={{ textTransform: 'capitalize', borderRadius: 1.5 }} />}
          />
        ))
      }
    </RelatedSection>
  );
}
