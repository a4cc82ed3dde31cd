import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { andScopeToOwner, Caller } from '../../common/access/access-policy';
import { MergeRecipient } from './rendering/merge-tags';

/**
 * The emails module's read-only view of contacts: recipients for previews, narrowed by the access
 * policy. Audience queries live in CampaignsRepository.
 */
@Injectable()
export class RecipientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The contact as a merge recipient, or null when missing or not visible to the caller. */
  async find(contactId: string, caller: Caller): Promise<MergeRecipient | null> {
    const params: unknown[] = [contactId];
    const [row] = await this.dataSource.query(
      `SELECT ct.id, ct.first_name, ct.last_name, ct.email, ct.phone, ct.status, ct.tags, ct.custom_fields,
              co.id AS company_id, co.name AS company_name, co.domain AS company_domain, co.industry AS company_industry, co.size AS company_size,
              co.custom_fields AS company_custom_fields
       FROM contact ct LEFT JOIN company co ON co.id = ct.company_id
       WHERE ct.id = $1${andScopeToOwner('ct', caller, params)}`,
      params,
    );
    if (!row) return null;
    return {
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
      status: row.status,
      tags: row.tags,
      customFields: row.custom_fields,
      company: row.company_id
        ? { id: row.company_id, name: row.company_name, domain: row.company_domain, industry: row.company_industry, size: row.company_size, customFields: row.company_custom_fields }
        : null,
    };
  }

  async isVisible(contactId: string, caller: Caller): Promise<boolean> {
    const params: unknown[] = [contactId];
    const rows = await this.dataSource.query(`SELECT 1 FROM contact WHERE id = $1${andScopeToOwner('', caller, params)}`, params);
    return rows.length > 0;
  }
}
