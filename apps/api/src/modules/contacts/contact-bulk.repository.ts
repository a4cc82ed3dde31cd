import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { currentApiKeyId } from '../../common/request-context';
import { queryRows } from '../../common/sql-rows';
import { ContactFilter, contactWhere } from './contact-query';
import { ContactStatus } from './entities/contact.entity';
import { TAGS_PER_CONTACT_MAX } from './tags';

/**
 * The SQL of bulk actions: each statement changes a whole batch of contacts at once and answers
 * only the contacts it changed (what their timeline entries and events are written for).
 */
@Injectable()
export class ContactBulkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The next `size` contacts matching `filter` after `afterId` in id order, locked for this
   * transaction. Keyset by id: a batch's change may take contacts out of the filter (a status
   * change on `status=lead`), and the walk neither skips nor revisits one; locking in id order, as
   * every batch does, lets two bulk actions on overlapping sets queue instead of deadlocking.
   */
  async lockBatch(manager: EntityManager, filter: ContactFilter, afterId: string | null, size: number): Promise<string[]> {
    const where = contactWhere(filter);
    const params = [...where.params];
    const after = afterId ? ` AND c.id > $${params.push(afterId)}::uuid` : '';
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT c.id FROM contact c WHERE ${where.conditions}${after} ORDER BY c.id LIMIT $${params.push(size)} FOR UPDATE OF c`,
      params,
    );
    return rows.map((row) => row.id);
  }

  /** How many matching contacts would hold more tags than a contact may once `tags` are added. */
  async countOverTagLimit(filter: ContactFilter, tags: string[]): Promise<number> {
    const where = contactWhere(filter);
    const n = where.params.length;
    const [{ count }] = await queryRows<{ count: number }>(
      this.dataSource,
      `SELECT count(*)::int AS count FROM contact c
       WHERE ${where.conditions}
         AND cardinality(c.tags) + (SELECT count(*) FROM unnest($${n + 1}::text[]) t WHERE t <> ALL(c.tags)) > $${n + 2}`,
      [...where.params, tags, TAGS_PER_CONTACT_MAX],
    );
    return count;
  }

  /** Adds the (normalized) tags the contacts lack, after their own; answers each changed contact with the tags it gained, in the order given. */
  addTags(manager: EntityManager, ids: string[], tags: string[]): Promise<{ id: string; added: string[]; total: number }[]> {
    return queryRows(
      manager,
      `UPDATE contact c SET tags = c.tags || missing.tags, updated_at = now()
       FROM (SELECT m.id, ARRAY(SELECT t FROM unnest($2::text[]) WITH ORDINALITY AS u(t, n) WHERE t <> ALL(m.tags) ORDER BY n) AS tags
             FROM contact m WHERE m.id = ANY($1::uuid[])) missing
       WHERE c.id = missing.id AND cardinality(missing.tags) > 0
       RETURNING c.id, missing.tags AS added, cardinality(c.tags) AS total`,
      [ids, tags],
    );
  }

  /** Answers each changed contact with its status before. */
  setStatus(manager: EntityManager, ids: string[], status: ContactStatus): Promise<{ id: string; previous: ContactStatus }[]> {
    return queryRows(
      manager,
      `UPDATE contact c SET status = $2, updated_at = now()
       FROM contact old
       WHERE old.id = c.id AND c.id = ANY($1::uuid[]) AND c.status <> $2
       RETURNING c.id, old.status AS previous`,
      [ids, status],
    );
  }

  setOwner(manager: EntityManager, ids: string[], ownerId: string | null): Promise<{ id: string }[]> {
    return queryRows(
      manager,
      `UPDATE contact c SET assigned_to_id = $2, updated_at = now()
       WHERE c.id = ANY($1::uuid[]) AND c.assigned_to_id IS DISTINCT FROM $2::uuid
       RETURNING c.id`,
      [ids, ownerId],
    );
  }

  /** Their activities, email logs and workflow runs go with them (ON DELETE CASCADE); deals keep going without a contact. Answers the ids deleted. */
  async delete(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(manager, `DELETE FROM contact WHERE id = ANY($1::uuid[]) RETURNING id`, [ids]);
    return rows.map((row) => row.id);
  }

  /** One system timeline entry per (contact, title) pair, by `actorId` (and the request's API key, as ActivitiesService.record). */
  async insertSystemActivities(manager: EntityManager, entries: { contactId: string; title: string }[], actorId: string): Promise<void> {
    if (!entries.length) return;
    await manager.query(
      `INSERT INTO activity (contact_id, type, title, created_by_id, api_key_id)
       SELECT a.contact_id, 'system', left(a.title, 300), $3, $4 FROM unnest($1::uuid[], $2::text[]) AS a(contact_id, title)`,
      [entries.map((e) => e.contactId), entries.map((e) => e.title), actorId, currentApiKeyId()],
    );
  }
}
