import { ApiProperty } from '@nestjs/swagger';

const ROWS = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

/**
 * Everything Corral holds on one person (GDPR access request). Each part is the rows of its table
 * as stored, columns camelCased, so a column added later is exported without a DTO change; the
 * parts are typed as open objects for the same reason.
 */
export class ContactDataExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  /** The contact, custom fields included. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  contact: Record<string, unknown>;

  /** The company the contact is linked to (id, name, domain), or null. */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  company: Record<string, unknown> | null;

  /** Timeline entries (notes, calls, meetings, system entries). */
  @ApiProperty(ROWS)
  activities: Record<string, unknown>[];

  /** Deals the contact is on, each with its `stageHistory`. */
  @ApiProperty(ROWS)
  deals: Record<string, unknown>[];

  /** Emails queued or sent to the contact, with delivery, opens and clicks (and `campaignName`). */
  @ApiProperty(ROWS)
  emailLogs: Record<string, unknown>[];

  /** Campaigns that reached the contact but skipped them, and why. */
  @ApiProperty(ROWS)
  campaignSkips: Record<string, unknown>[];

  /** Status per topic (with `topicName`). */
  @ApiProperty(ROWS)
  subscriptions: Record<string, unknown>[];

  /** The consent ledger: who or what subscribed, confirmed or unsubscribed, from where. */
  @ApiProperty(ROWS)
  consents: Record<string, unknown>[];

  /** What was posted to signup forms with the contact or their address. */
  @ApiProperty(ROWS)
  formSubmissions: Record<string, unknown>[];

  /** Workflow runs of the contact (with `workflowName`), each with its `steps`. */
  @ApiProperty(ROWS)
  workflowExecutions: Record<string, unknown>[];

  /** Import error rows that quote the contact's address. */
  @ApiProperty(ROWS)
  importErrors: Record<string, unknown>[];

  /** Suppression list entries of the address. */
  @ApiProperty(ROWS)
  suppressions: Record<string, unknown>[];

  /** Webhook events whose payload carries the contact's id or address, each with its `deliveries` (receivers' answers included). */
  @ApiProperty(ROWS)
  webhookEvents: Record<string, unknown>[];
}
