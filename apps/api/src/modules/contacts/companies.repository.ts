import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, andScopeToOwner } from '../../common/access/access-policy';
import { SortOrder } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import { CustomFieldFilter, customFieldConditions } from '../fields/custom-field-filters';
import { Company } from './entities/company.entity';
import { ContactStatus } from './entities/contact.entity';

/** API sort field → SQL; `contactCount` is the alias of the list's count column. */
export const COMPANY_SORTS: Record<string, string> = {
  name: 'co.name',
  createdAt: 'co.created_at',
  updatedAt: 'co.updated_at',
  industry: 'co.industry',
  contactCount: '"contactCount"',
};

export interface CompanyFilter {
  /** In the name or the domain. */
  search?: string;
  industry?: string;
  /** Conditions on custom fields (`cf.*` of the list), checked by FieldsService.resolveFilters. */
  customFields?: CustomFieldFilter[];
}

/** A company with how many of its contacts the caller may see. */
export type CompanyWithCount = Pick<Company, 'id' | 'name' | 'domain' | 'industry' | 'size' | 'customFields' | 'createdAt' | 'updatedAt'> & { contactCount: number };

/** The SQL of the company table. Companies are everyone's; only the contact counts follow the caller's visibility. */
@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of companies, each with its visible contacts counted, and how many companies match. */
  async page(filter: CompanyFilter, caller: Caller, order: SortOrder, limit: number, offset: number): Promise<{ rows: CompanyWithCount[]; total: number }> {
    const params: unknown[] = [];
    const clauses: string[] = [];
    if (filter.search?.trim()) {
      params.push(`%${escapeLike(filter.search.trim())}%`);
      clauses.push(`(co.name ILIKE $${params.length} OR co.domain ILIKE $${params.length})`);
    }
    if (filter.industry) {
      params.push(filter.industry);
      clauses.push(`co.industry = $${params.length}`);
    }
    if (filter.customFields?.length) clauses.push(...customFieldConditions('co', filter.customFields, (value) => `$${params.push(value)}`));
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const pageParams = [...params];
    // Built-in sorts put empties last; a custom field's sort as its btree holds them (last ascending, first descending), as on every list.
    const nullsLast = Object.values(COMPANY_SORTS).includes(order.column);
    const scope = andScopeToOwner('c', caller, pageParams);
    pageParams.push(limit, offset);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT co.id, co.name, co.domain, co.industry, co.size, co.custom_fields AS "customFields", co.created_at AS "createdAt", co.updated_at AS "updatedAt",
                (SELECT count(*)::int FROM contact c WHERE c.company_id = co.id${scope}) AS "contactCount"
         FROM company co ${where}
         ORDER BY ${order.column} ${order.direction}${nullsLast ? ' NULLS LAST' : ''}, co.id ${order.direction}
         LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`,
        pageParams,
      ) as Promise<CompanyWithCount[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM company co ${where}`, params) as Promise<{ count: number }[]>,
    ]);
    return { rows, total: count };
  }

  /** How many of the company's contacts the caller may see, per status (statuses without any are left out). */
  contactCountsByStatus(companyId: string, caller: Caller, manager?: EntityManager): Promise<{ status: ContactStatus; count: number }[]> {
    const params: unknown[] = [companyId];
    return (manager ?? this.dataSource.manager).query(
      `SELECT status, count(*)::int AS count FROM contact WHERE company_id = $1${andScopeToOwner('', caller, params)} GROUP BY status`,
      params,
    );
  }

  /** Distinct industries, for the list filter. */
  async industries(): Promise<string[]> {
    const rows: { industry: string }[] = await this.dataSource.query(
      `SELECT DISTINCT industry FROM company WHERE industry IS NOT NULL ORDER BY industry LIMIT 200`,
    );
    return rows.map((r) => r.industry);
  }

  findById(id: string, manager?: EntityManager): Promise<Company | null> {
    return (manager ?? this.dataSource.manager).getRepository(Company).findOneBy({ id });
  }

  /** Companies by id; missing ids are left out. `manager`: inside the caller's transaction. */
  findByIds(ids: string[], manager?: EntityManager): Promise<Company[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager).getRepository(Company).createQueryBuilder('co').where('co.id = ANY(:ids)', { ids }).getMany();
  }

  /** The company of this name in any case (names are unique ignoring case), optionally ignoring one company (the one being renamed). */
  findByName(name: string, exceptId?: string): Promise<Company | null> {
    return this.dataSource
      .getRepository(Company)
      .createQueryBuilder('co')
      .where('lower(co.name) = lower(:name)', { name })
      .andWhere(exceptId ? 'co.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
  }

  insert(values: Pick<Company, 'name' | 'domain' | 'industry' | 'size' | 'customFields'>, manager: EntityManager): Promise<Company> {
    const repository = manager.getRepository(Company);
    return repository.save(repository.create(values));
  }

  async update(id: string, changes: Partial<Pick<Company, 'name' | 'domain' | 'industry' | 'size' | 'customFields'>>, manager: EntityManager): Promise<void> {
    await manager.getRepository(Company).update(id, changes);
  }

  /** The contacts of the company stay, without a company (the foreign key sets it null). Whether it was there to delete. */
  async delete(id: string, manager: EntityManager): Promise<boolean> {
    return Boolean((await manager.getRepository(Company).delete(id)).affected);
  }
}
