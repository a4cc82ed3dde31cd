import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ConsentEntry } from './consent.service';
import { SubscriptionStatus } from './entities/contact-subscription.entity';

@Injectable()
export class ConsentRepository {
  async upsertStatuses(manager: EntityManager, contactId: string, rows: { topicId: string; status: SubscriptionStatus }[]): Promise<void> {
    await manager.query(
      `INSERT INTO contact_subscription (contact_id, topic_id, status, updated_at)
       SELECT $1, t.topic_id, t.status, now() FROM unnest($2::uuid[], $3::varchar[]) AS t(topic_id, status)
       ON CONFLICT (contact_id, topic_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
      [contactId, rows.map((r) => r.topicId), rows.map((r) => r.status)],
    );
  }

  async insertMissing(manager: EntityManager, entries: ConsentEntry[]): Promise<void> {
    await manager.query(
      `INSERT INTO consent_event (contact_id, action, topic_id, source, form_id, ip, user_agent, text, at)
       SELECT e.contact_id, e.action, e.topic_id, e.source, e.form_id, e.ip, e.user_agent, e.text, e.at
       FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::varchar[], $5::uuid[], $6::varchar[], $7::text[], $8::text[], $9::timestamptz[])
         AS e(contact_id, action, topic_id, source, form_id, ip, user_agent, text, at)
       WHERE NOT EXISTS (
         SELECT 1 FROM consent_event c WHERE c.contact_id = e.contact_id AND c.action = e.action AND c.source = e.source
           AND c.topic_id IS NOT DISTINCT FROM e.topic_id AND c.at = e.at)`,
      [
        entries.map((e) => e.contactId),
        entries.map((e) => e.action),
        entries.map((e) => e.topicId),
        entries.map((e) => e.source),
        entries.map((e) => e.formId ?? null),
        entries.map((e) => e.ip ?? null),
        entries.map((e) => e.userAgent ?? null),
        entries.map((e) => e.text ?? null),
        entries.map((e) => e.at ?? new Date()),
      ],
    );
  }

  /** `SET LOCAL` ends with the transaction, so the trigger's exception never outlives the erase. */
  async anonymise(manager: EntityManager, contactId: string): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('anonymiseForContact needs a transaction');
    await manager.query(`SELECT set_config('corral.consent_erase', 'on', true)`);
    await manager.query(`UPDATE consent_event SET ip = NULL, user_agent = NULL, text = NULL WHERE contact_id = $1`, [contactId]);
    await manager.query(`SELECT set_config('corral.consent_erase', 'off', true)`);
  }
}
