import { EmailLogDto } from './campaign.dto';
import type { LogRow } from './campaigns.repository';

export function toLogDto(row: LogRow): EmailLogDto {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    templateId: row.template_id,
    email: row.to_email,
    // `sending` is the internal claim state; to a user the email is still pending.
    status: row.status === 'sending' ? 'pending' : row.status,
    renderedSubject: row.rendered_subject,
    errorMessage: row.error_message,
    sentAt: row.sent_at?.toISOString() ?? null,
    openedAt: row.opened_at?.toISOString() ?? null,
    clickedAt: row.clicked_at?.toISOString() ?? null,
    openCount: row.open_count,
    clickCount: row.click_count,
    clickedLinks: row.clicked_links,
    unsubscribedAt: row.unsubscribed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
