import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Caller } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { ProblemException } from '../../common/filters/problem';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { mergeValues } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { COMPANY_SORTS, CompaniesRepository, CompanyWithCount } from './companies.repository';
import { CompanyDetailDto, CompanyDto, CreateCompanyDto, ListCompaniesQueryDto, UpdateCompanyDto, emptyStatusCounts } from './dto/company.dto';
import { Company } from './entities/company.entity';

/**
 * Whom a webhook event's company is counted for: an endpoint belongs to the workspace, not to a
 * user, so its contact counts are everyone's (as an admin's GET answers them).
 */
const WORKSPACE: Caller = { id: '', role: 'admin' };

/** Companies are shared by everyone; only the contact counts shown with them follow the caller's visibility. */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly repository: CompaniesRepository,
    private readonly fields: FieldsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** `customFields`: the list's `cf.*` parameters (CustomFieldParams). */
  async list(user: AuthUser, query: ListCompaniesQueryDto, customFields: RawFieldFilter[] = []): Promise<Page<CompanyDto>> {
    const order = (await this.fields.resolveSort('company', query.sort, 'co')) ?? parseSort(query.sort, COMPANY_SORTS, 'name');
    const filter = { search: query.search, industry: query.industry, customFields: await this.fields.resolveFilters('company', customFields) };
    const { rows, total } = await this.repository.page(filter, user, order, query.limit, query.offset);
    return { data: rows.map((row) => this.toDto(row, row.contactCount)), total, limit: query.limit, offset: query.offset };
  }

  async get(user: AuthUser, id: string): Promise<CompanyDetailDto> {
    return this.detail(user, await this.getById(id));
  }

  /** `manager`: inside the caller's transaction. */
  private async detail(caller: Caller, company: Company, manager?: EntityManager): Promise<CompanyDetailDto> {
    const contactsByStatus = emptyStatusCounts();
    for (const { status, count } of await this.repository.contactCountsByStatus(company.id, caller, manager)) contactsByStatus[status] = count;
    return {
      ...this.toDto(company, Object.values(contactsByStatus).reduce((a, b) => a + b, 0)),
      contactsByStatus,
    };
  }

  async getById(id: string): Promise<Company> {
    const company = await this.repository.findById(id);
    if (!company) throw new NotFoundException(`Company ${id} not found`);
    return company;
  }

  /** Companies by id (for merge tags and other modules); missing ids are left out. `manager`: inside the caller's transaction. */
  findByIds(ids: string[], manager?: EntityManager): Promise<Company[]> {
    return this.repository.findByIds(ids, manager);
  }

  async create(user: AuthUser, dto: CreateCompanyDto): Promise<CompanyDetailDto> {
    await this.assertNameFree(dto.name);
    const customFields = mergeValues({}, await this.fields.validateValues('company', dto.customFields ?? {}, { partial: false }));
    const company = await this.dataSource
      .transaction(async (manager) => {
        const inserted = await this.repository.insert({ name: dto.name, domain: dto.domain ?? null, industry: dto.industry ?? null, size: dto.size ?? null, customFields }, manager);
        await this.webhooks.publish(manager, [{ type: 'company.created', data: { ...(await this.detail(WORKSPACE, inserted, manager)) } }]);
        return inserted;
      })
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
      await this.dataSource
        .transaction(async (manager) => {
          await this.repository.update(id, changes, manager);
          const updated = await this.repository.findById(id, manager);
          // Deleted meanwhile: nothing was updated, and its delete announced it.
          if (updated) await this.webhooks.publish(manager, [{ type: 'company.updated', data: { ...(await this.detail(WORKSPACE, updated, manager)) } }]);
        })
        .catch((error) => this.rethrowConflict(error, dto.name ?? ''));
    }
    return this.get(user, id);
  }

  /** The company goes; its contacts stay, without a company. */
  async remove(id: string): Promise<void> {
    await this.getById(id);
    await this.dataSource.transaction(async (manager) => {
      if (await this.repository.delete(id, manager)) await this.webhooks.publish(manager, [{ type: 'company.deleted', data: { id } }]);
    });
  }

  /** Distinct industries, for the list filter. */
  industries(): Promise<string[]> {
    return this.repository.industries();
  }

  private toDto(company: Omit<CompanyWithCount, 'contactCount'>, contactCount: number): CompanyDto {
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
    const existing = await this.repository.findByName(name, exceptId);
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
      const existing = await this.repository.findByName(name);
      throw this.conflict(existing ?? { id: '', name });
    }
    throw error;
  }
}
