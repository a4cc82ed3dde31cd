import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { WebhookEventType } from './webhook-event-types';
import { WebhookEventsRepository } from './webhook-events.repository';

/** An event as a module publishes it: `data` is the object as the API's GET answers it, or `{id}` for a deletion. */
export interface PublishedWebhookEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

/**
 * Outgoing webhooks' entry point for every module. `publish` runs INSIDE the transaction of the
 * change, so the change and its deliveries commit (or roll back) together: at least once, never
 * for a change that did not happen. The delivery worker (webhook-delivery.worker.ts) sends them.
 */
@Injectable()
export class WebhookEventsService {
  constructor(private readonly repository: WebhookEventsRepository) {}

  /** Writes nothing when no active endpoint subscribes to any of the types. */
  async publish(manager: EntityManager, events: PublishedWebhookEvent[]): Promise<void> {
    if (!events.length) return;
    await this.repository.publish(manager, events);
  }
}
