import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WebhookEventsService } from '../../webhooks/webhook-events.service';
import type { LogRow } from '../campaigns/campaigns.repository';
import { toLogDto } from '../campaigns/log-dto';

export type EmailEventType = 'email.sent' | 'email.delivered' | 'email.opened' | 'email.clicked' | 'email.bounced' | 'email.complained';

/** The webhook events of emails: each carries the email log as `GET /api/contacts/:id/emails` answers it. */
@Injectable()
export class EmailLogEventsService {
  constructor(private readonly webhooks: WebhookEventsService) {}

  /** One publish for the whole batch, inside the transaction of the change that `rows` come from (its RETURNING). */
  publish(manager: EntityManager, type: EmailEventType, rows: LogRow[]): Promise<void> {
    return this.webhooks.publish(
      manager,
      rows.map((row) => ({ type, data: { ...toLogDto(row) } })),
    );
  }
}
