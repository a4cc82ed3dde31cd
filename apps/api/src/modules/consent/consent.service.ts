import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConsentAction, ConsentEvent, ConsentSource } from './entities/consent-event.entity';
import { ContactSubscription, SubscriptionStatus } from './entities/contact-subscription.entity';
import { ConsentRepository } from './consent.repository';

/** One ledger entry (contract.md "Consent"). */
export interface ConsentEntry {
  contactId: string;
  action: ConsentAction;
  topicId: string | null;
  source: ConsentSource;
  formId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** The exact consent text shown. */
  text?: string | null;
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  /** When it happened, if not now (an import carries the file's opt-in time). */
  at?: Date;
}

/** Where a subscription change came from; the ledger entry of each change is built from it. */
export type ConsentContext = Omit<ConsentEntry, 'contactId' | 'action' | 'topicId'>;

export interface SubscriptionChange {
  topicId: string;
  status: SubscriptionStatus;
  /** The ledger action; by default `subscribed` for subscribed and pending, `unsubscribed` for unsubscribed. A confirmed double opt-in passes `confirmed`. */
  action?: ConsentAction;
}

/**
 * The consent ledger and subscription statuses. Both take the caller's EntityManager so that a
 * status and its proof are written in the caller's transaction, never one without the other.
 */
@Injectable()
export class ConsentService {
  constructor(private readonly repository: ConsentRepository) {}

  async record(manager: EntityManager, entries: ConsentEntry[]): Promise<void> {
    if (!entries.length) return;
    await manager.getRepository(ConsentEvent).insert(
      entries.map((entry) => ({
        contactId: entry.contactId,
        action: entry.action,
        topicId: entry.topicId,
        source: entry.source,
        formId: entry.formId ?? null,
        ip: entry.ip ?? null,
        userAgent: entry.userAgent ?? null,
        text: entry.text ?? null,
        actorUserId: entry.actorUserId ?? null,
        actorApiKeyId: entry.actorApiKeyId ?? null,
        at: entry.at ?? new Date(),
      })),
    );
  }

  /**
   * Sets the contact's status per topic and records each change in the ledger. A change to the
   * status the contact already has is skipped (no row, no entry) unless it is a confirmation, so
   * saving the preference centre twice does not double the history. Returns the changes made.
   */
  async setSubscriptions(manager: EntityManager, contactId: string, changes: SubscriptionChange[], context: ConsentContext): Promise<SubscriptionChange[]> {
    if (!changes.length) return [];
    const current = new Map(
      (await manager.getRepository(ContactSubscription).find({ where: changes.map((c) => ({ contactId, topicId: c.topicId })) })).map((s) => [s.topicId, s.status]),
    );
    const made = changes.filter((change) => current.get(change.topicId) !== change.status || change.action === 'confirmed');
    if (!made.length) return [];
    await this.repository.upsertStatuses(
      manager,
      contactId,
      made.map((c) => ({ topicId: c.topicId, status: c.status })),
    );
    await this.record(
      manager,
      made.map((change) => ({
        ...context,
        contactId,
        topicId: change.topicId,
        action: change.action ?? (change.status === 'unsubscribed' ? 'unsubscribed' : 'subscribed'),
      })),
    );
    return made;
  }

  /**
   * GDPR erase: keeps what was consented to and when, drops who (ip, user agent) and the text
   * shown. The only edit the ledger's trigger lets through, and only inside this transaction.
   */
  async anonymiseForContact(manager: EntityManager, contactId: string): Promise<void> {
    await this.repository.anonymise(manager, contactId);
  }
}
