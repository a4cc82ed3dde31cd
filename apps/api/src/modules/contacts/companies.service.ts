import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { andScopeToOwner } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { ProblemException } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
import { CustomValues, mergeValues } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { CompanyDetailDto, CompanyDto, CreateCompanyDto, ListCompaniesQueryDto, UpdateCompanyDto, emptyStatusCounts } from './dto/company.dto';
import { Company } from './entities/company.entity';
import { ContactStatus } from './entities/contact.entity';

const SORTS: Record<string, string> = {
  name: 'co.name',
  createdAt: 'co.created_at',
  updatedAt: 'co.updated_at',
  industry: 'co.industry',
  contactCount: 'contact_count',
};

interface CompanyRow {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  size: string | null;
  custom_fields: CustomValues;
  contact_count: number;
  created_at: Date;
  updated_at: Date;
}

function toDto(row: CompanyRow): CompanyDto {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    industry: row.industry,
    size: row.size,
    contactCount: row.contact_count,
    customFields: row.custom_fields,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Companies are shared by everyone; only the contact counts shown with them follow the caller's visibility. */
@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fields: FieldsService,
  ) {}

  async list(user: AuthUser, query: ListCompaniesQueryDto): Promise<Page<CompanyDto>> {
    const order = parseSort(query.sort, SORTS, 'name');
    const params: unknown[] = [];
    const clauses: string[] = [];
    if (query.search?.trim()) {
      params.push(`%${escapeLike(query.search.trim())}%`);
      clauses.push(`(co.name ILIKE $${params.length} OR co.domain ILIKE $${params.length})`);
    }
    if (query.industry) {
      params.push(query.industry);
      clauses.push(`co.industry = $${params.length}`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const pageParams = [...params];
    // The company list is everyone's; only the contact counts narrow to what the caller may see.
    const scope = andScopeToOwner('c', user, pageParams);
    pageParams.push(query.limit, query.offset);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT co.*, (SELECT count(*)::int FROM contact c WHERE c.company_id = co.id${scope}) AS contact_count
         FROM company co ${where}
         ORDER BY ${order.column} ${order.direction} NULLS LAST, co.id ${order.direction}
         LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`,
        pageParams,
      ) as Promise<CompanyRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM company co ${where}`, params),
    ]);
    return { data: rows.map(toDto), total: count, limit: query.limit, offset: query.offset };
  }

  async get(user: AuthUser, id: string): Promise<CompanyDetailDto> {
    const company = await this.getById(id);
    const params: unknown[] = [id];
    const counts: { status: ContactStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM contact WHERE company_id = $1${andScopeToOwner('', user, params)} GROUP BY status`,
      params,
    );
    const contactsByStatus = emptyStatusCounts();
    for (const { status, count } of counts) contactsByStatus[status] = count;
    return {
      ...this.toDto(company, Object.values(contactsByStatus).reduce((a, b) => a + b, 0)),
      contactsByStatus,
    };
  }

  async getById(id: string): Promise<Company> {
    const company = await this.dataSource.getRepository(Company).findOneBy({ id });
    if (!company) throw new NotFoundException(`Company ${id} not found`);
    return company;
  }

  /** Companies by id (for merge tags and other modules); missing ids are left out. `manager`: inside the caller's transaction. */
  findByIds(ids: string[], manager?: EntityManager): Promise<Company[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager).getRepository(Company).createQueryBuilder('co').where('co.id = ANY(:ids)', { ids }).getMany();
  }

  async create(user: AuthUser, dto: CreateCompanyDto): Promise<CompanyDetailDto> {
    await this.assertNameFree(dto.name);
    const customFields = mergeValues({}, await this.fields.validateValues('company', dto.customFields ?? {}, { partial: false }));
    const repository = this.dataSource.getRepository(Company);
    const company = await repository
      .save(repository.create({ name: dto.name, domain: dto.domain ?? null, industry: dto.industry ?? null, size: dto.size ?? null, customFields }))
      .catch((error) => this.rethrowConflict(error, dto.name));
    return this.get(user, company.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateCompanyDto): Promise<CompanyDetailDto> {
    const company = await this.getById(id);
    if (dto.name !== undefined && dto.name.toLowerCase() !== company.name.toLowerCase()) await this.assertNameFree(dto.name, id);
    const changes: Partial<Company> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.domain !== undefined) changes.domain = dto.domain;
    if (dto.industry !== undefined) changes.industry = dto.industry;
    if (dto.size !== undefined) changes.size = dto.size;
    if (dto.customFields !== undefined) {
      changes.customFields = mergeValues(company.customFields, await this.fields.validateValues('company', dto.customFields, { partial: true }));
    }
    if (Object.keys(changes).length) {
      await this.dataSource.getRepository(Company).update(id, changes).catch((error) => this.rethrowConflict(error, dto.name ?? ''));
    }
    return this.get(user, id);
  }

  /** The company goes; its contacts stay, without a company. */
  async remove(id: string): Promise<void> {
    await this.getById(id);
    await this.dataSource.getRepository(Company).delete(id);
  }

  /** Distinct industries, for the list filter. */
  async industries(): Promise<string[]> {
    const rows: { industry: string }[] = await this.dataSource.query(
      `SELECT DISTINCT industry FROM company WHERE industry IS NOT NULL ORDER BY industry LIMIT 200`,
    );
    return rows.map((r) => r.industry);
  }

  private toDto(company: Company, contactCount: number): CompanyDto {
    return {
      id: company.id,
      name: company.name,
      domain: company.domain,
      industry: company.industry,
      size: company.size,
      contactCount,
      customFields: company.customFields,
      createdAt: company.createdAt.toISOString(),
      updatedAt: company.updatedAt.toISOString(),
    };
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const existing = await this.dataSource
      .getRepository(Company)
      .createQueryBuilder('co')
      .where('lower(co.name) = lower(:name)', { name })
      .andWhere(exceptId ? 'co.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
    if (existing) throw this.conflict(existing);
  }

  private conflict(existing: Pick<Company, 'id' | 'name'>): ProblemException {
    return new ProblemException(HttpStatus.CONFLICT, `A company named ${existing.name} already exists`, {
      errors: [{ field: 'name', message: `is already used by ${existing.name}` }],
      existingCompanyId: existing.id,
    });
  }

  private async rethrowConflict(error: unknown, name: string): Promise<never> {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      const existing = await this.dataSource.getRepository(Company).createQueryBuilder('co').where('lower(co.name) = lower(:name)', { name }).getOne();
      throw this.conflict(existing ?? { id: '', name });
    }
    throw error;
  }
}
