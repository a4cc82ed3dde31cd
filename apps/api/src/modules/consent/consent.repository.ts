import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

  /** `SET LOCAL` ends with the transaction, so the trigger's exception never outlives the erase. */
  async anonymise(manager: EntityManager, contactId: string): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('anonymiseForContact needs a transaction');
    await manager.query(`SELECT set_config('corral.consent_erase', 'on', true)`);
    await manager.query(`UPDATE consent_event SET ip = NULL, user_agent = NULL, text = NULL WHERE contact_id = $1`, [contactId]);
    await manager.query(`SELECT set_config('corral.consent_erase', 'off', true)`);
  }
}
