import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SortOrder } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import { queryRows } from '../../common/sql-rows';
import type { FormField } from './form-rules';

export interface FormValues {
  name: string;
  fields: FormField[];
  topicIds: string[];
  tags: string[];
  doubleOptIn: boolean;
  successMessage: string | null;
  redirectUrl: string | null;
  confirmationTemplateId: string | null;
}

export interface FormRow extends FormValues {
  id: string;
  createdById: string | null;
  submissions: number;
  createdAt: Date;
  updatedAt: Date;
}

export type SubmissionStatus = 'pending_confirmation' | 'subscribed';

export interface SubmissionRow {
  id: string;
  formId: string;
  contactId: string | null;
  email: string;
  status: SubmissionStatus;
  createdAt: Date;
  confirmedAt: Date | null;
}

export interface NewSubmission {
  formId: string;
  contactId: string;
  email: string;
  data: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  status: SubmissionStatus;
}

/** API sort field → SQL; `id` breaks ties. */
export const FORM_SORTS: Record<string, string> = { name: 'lower(f.name)', createdAt: 'f.created_at', updatedAt: 'f.updated_at' };

const COLUMNS = `f.id, f.name, f.fields, f.topic_ids AS "topicIds", f.tags, f.double_opt_in AS "doubleOptIn",
  f.success_message AS "successMessage", f.redirect_url AS "redirectUrl",
  f.confirmation_template_id AS "confirmationTemplateId", f.created_by AS "createdById",
  f.created_at AS "createdAt", f.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM form_submission s WHERE s.form_id = f.id) AS submissions`;

const SUBMISSION_COLUMNS = `id, form_id AS "formId", contact_id AS "contactId", email, status, created_at AS "createdAt", confirmed_at AS "confirmedAt"`;

@Injectable()
export class FormsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(search: string | undefined, order: SortOrder, limit: number, offset: number): Promise<{ rows: FormRow[]; total: number }> {
    const params: unknown[] = [];
    const where = search ? `WHERE f.name ILIKE $${params.push(`%${escapeLike(search)}%`)}` : '';
    const [rows, [{ total }]] = await Promise.all([
      queryRows<FormRow>(
        this.dataSource,
        `SELECT ${COLUMNS} FROM form f ${where} ORDER BY ${order.column} ${order.direction}, f.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ),
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM form f ${where}`, params),
    ]);
    return { rows, total };
  }

  async find(id: string): Promise<FormRow | null> {
    const [row] = await queryRows<FormRow>(this.dataSource, `SELECT ${COLUMNS} FROM form f WHERE f.id = $1`, [id]);
    return row ?? null;
  }

  async insert(values: FormValues, createdById: string): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO form (name, fields, topic_ids, tags, double_opt_in, success_message, redirect_url, confirmation_template_id, created_by)
       VALUES ($1, $2::jsonb, $3::uuid[], $4::text[], $5, $6, $7, $8, $9) RETURNING id`,
      [values.name, JSON.stringify(values.fields), values.topicIds, values.tags, values.doubleOptIn, values.successMessage, values.redirectUrl, values.confirmationTemplateId, createdById],
    );
    return row.id;
  }

  async update(id: string, values: FormValues): Promise<void> {
    await queryRows(
      this.dataSource,
      `UPDATE form SET name = $2, fields = $3::jsonb, topic_ids = $4::uuid[], tags = $5::text[], double_opt_in = $6,
         success_message = $7, redirect_url = $8, confirmation_template_id = $9, updated_at = now() WHERE id = $1`,
      [id, values.name, JSON.stringify(values.fields), values.topicIds, values.tags, values.doubleOptIn, values.successMessage, values.redirectUrl, values.confirmationTemplateId],
    );
  }

  async delete(id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(this.dataSource, `DELETE FROM form WHERE id = $1 RETURNING id`, [id]);
    return rows.length > 0;
  }

  /** The names of the forms asking for this field (`email`, `cf.<key>`), for the 409 of a field's deletion. */
  async namesUsingField(field: string): Promise<string[]> {
    const rows = await queryRows<{ name: string }>(
      this.dataSource,
      `SELECT name FROM form WHERE fields @> $1::jsonb ORDER BY lower(name)`,
      [JSON.stringify([{ field }])],
    );
    return rows.map((r) => r.name);
  }

  /** The names of the forms subscribing to this topic. */
  async namesUsingTopic(topicId: string): Promise<string[]> {
    const rows = await queryRows<{ name: string }>(this.dataSource, `SELECT name FROM form WHERE $1::uuid = ANY (topic_ids) ORDER BY lower(name)`, [topicId]);
    return rows.map((r) => r.name);
  }

  async insertSubmission(manager: EntityManager, submission: NewSubmission): Promise<SubmissionRow> {
    const [row] = await queryRows<SubmissionRow>(
      manager,
      `INSERT INTO form_submission (form_id, contact_id, email, data, ip, user_agent, status, confirmed_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::varchar, CASE WHEN $7::varchar = 'subscribed' THEN now() END) RETURNING ${SUBMISSION_COLUMNS}`,
      [submission.formId, submission.contactId, submission.email, JSON.stringify(submission.data), submission.ip, submission.userAgent, submission.status],
    );
    return row;
  }

  /** Locks the submission for its confirmation: two clicks of one link confirm once. */
  async lockSubmission(manager: EntityManager, id: string): Promise<SubmissionRow | null> {
    const [row] = await queryRows<SubmissionRow>(manager, `SELECT ${SUBMISSION_COLUMNS} FROM form_submission WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async markConfirmed(manager: EntityManager, id: string): Promise<void> {
    await queryRows(manager, `UPDATE form_submission SET status = 'subscribed', confirmed_at = now() WHERE id = $1`, [id]);
  }
}
