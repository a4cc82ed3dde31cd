import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../common/sql-rows';
import type { CustomValues } from '../fields/custom-field-rules';
import { ContactStatus } from './entities/contact.entity';

/** The writable columns of a contact, as the API names them (and as a batch writes them). */
export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  companyId: string | null;
  status: ContactStatus;
  tags: string[];
  notes: string | null;
  assignedToId: string | null;
  customFields: CustomValues;
}

/** An existing contact a batch item matched, locked until its chunk commits. */
export interface BatchExistingContact extends ContactValues {
  id: string;
  /** Lower-cased email. */
  key: string;
}

/**
 * The set-based SQL of `POST /api/contacts/batch`: one statement per step of a chunk, whatever its
 * size (a chunk is one transaction, see ContactsService.upsertMany).
 */
@Injectable()
export class ContactBatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The contacts matching these items' emails, locked FOR UPDATE, by the item's key. PostgreSQL
   * lower-cases the stored and the given address alike (JavaScript's toLowerCase differs on a few
   * letters, such as 'İ'), so the match is the unique index's own.
   */
  async lockByEmails(manager: EntityManager, items: { key: string; email: string }[]): Promise<Map<string, BatchExistingContact>> {
    if (!items.length) return new Map();
    const rows = await queryRows<BatchExistingContact>(
      manager,
      `SELECT c.id, i.key, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone,
              c.company_id AS "companyId", c.status, c.tags, c.notes, c.assigned_to_id AS "assignedToId", c.custom_fields AS "customFields"
       FROM unnest($1::text[], $2::text[]) AS i(key, email)
       JOIN contact c ON lower(c.email) = lower(i.email)
       ORDER BY c.id FOR UPDATE OF c`,
      [items.map((i) => i.key), items.map((i) => i.email)],
    );
    return new Map(rows.map((row) => [row.key, row]));
  }

  /** Which of these companies exist. */
  async existingCompanyIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await queryRows<{ id: string }>(this.dataSource, `SELECT id FROM company WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Inserts the contacts; answers email (as given) → id of those inserted. An email another writer
   * created since the lookup is left out (ON CONFLICT), for the caller to report, instead of failing the chunk.
   */
  async insert(manager: EntityManager, contacts: ContactValues[]): Promise<Map<string, string>> {
    if (!contacts.length) return new Map();
    const rows = await queryRows<{ id: string; email: string }>(
      manager,
      `INSERT INTO contact (first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id, custom_fields)
       SELECT v.first_name, v.last_name, v.email, v.phone, v.company_id, v.status, ARRAY(SELECT t FROM jsonb_array_elements_text(v.tags) WITH ORDINALITY AS e(t, n) ORDER BY n), v.notes,
              v.assigned_to_id, v.custom_fields
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::text[], $9::uuid[], $10::jsonb[])
            AS v(first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id, custom_fields)
       ON CONFLICT ((lower(email))) DO NOTHING
       RETURNING id, email`,
      columns(contacts),
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** Writes every column of these contacts (the batch computed their next values whole). */
  async update(manager: EntityManager, contacts: (ContactValues & { id: string })[]): Promise<void> {
    if (!contacts.length) return;
    await manager.query(
      `UPDATE contact c SET first_name = v.first_name, last_name = v.last_name, email = v.email, phone = v.phone, company_id = v.company_id,
              status = v.status, tags = ARRAY(SELECT t FROM jsonb_array_elements_text(v.tags) WITH ORDINALITY AS e(t, n) ORDER BY n), notes = v.notes, assigned_to_id = v.assigned_to_id,
              custom_fields = v.custom_fields, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::text[], $9::uuid[], $10::jsonb[], $11::uuid[])
            AS v(first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id, custom_fields, id)
       WHERE c.id = v.id`,
      [...columns(contacts), contacts.map((c) => c.id)],
    );
  }
}

function columns(contacts: ContactValues[]): unknown[] {
  return [
    contacts.map((c) => c.firstName),
    contacts.map((c) => c.lastName),
    contacts.map((c) => c.email),
    contacts.map((c) => c.phone),
    contacts.map((c) => c.companyId),
    contacts.map((c) => c.status),
    // As JSON: a tag may hold any character, so no separator is safe inside one text element.
    contacts.map((c) => JSON.stringify(c.tags)),
    contacts.map((c) => c.notes),
    contacts.map((c) => c.assignedToId),
    contacts.map((c) => JSON.stringify(c.customFields)),
  ];
}
