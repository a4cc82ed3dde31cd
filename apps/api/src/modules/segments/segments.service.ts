import { HttpStatus, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { ListQueryDto, Page, parseSort } from '../../common/dto/pagination.dto';
import { FieldError, ProblemException, validationProblem } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
import { ContactCondition } from '../contacts/contact-query';
import { ContactsService } from '../contacts/contacts.service';
import { ContactView } from '../contacts/contacts.repository';
import { SegmentConditions } from '../contacts/segment-conditions';
import { FieldUsageRegistry } from '../fields/field-usage.registry';
import { FieldsService } from '../fields/fields.service';
import { CreateSegmentDto, SegmentDto, UpdateSegmentDto } from './dto/segment.dto';
import { Segment } from './entities/segment.entity';
import { checkDefinition, cyclePath, FieldCatalog, fieldCatalog, SegmentDefinition } from './segment-rules';
import { SegmentUsageRegistry } from './segment-usage.registry';
import { segmentCondition, SegmentsRepository } from './segments.repository';

const SORTABLE = { name: 's.name', createdAt: 's.created_at', updatedAt: 's.updated_at' };

/** What a campaign aims at, as conditions over contacts: the union of its segments, less the excluded ones'. */
export interface SegmentAudience {
  include?: ContactCondition;
  exclude?: ContactCondition;
}

/**
 * Segments: definitions checked against the field catalog (built-in and custom fields), saved
 * without cycles, and compiled at each use into one condition over contacts that the contacts
 * module's query applies with the caller's visibility.
 */
@Injectable()
export class SegmentsService implements OnModuleInit {
  constructor(
    @InjectRepository(Segment) private readonly segments: Repository<Segment>,
    private readonly repository: SegmentsRepository,
    private readonly usage: SegmentUsageRegistry,
    private readonly fields: FieldsService,
    private readonly fieldUsage: FieldUsageRegistry,
    private readonly contacts: ContactsService,
    private readonly contactSegments: SegmentConditions,
  ) {}

  onModuleInit(): void {
    this.contactSegments.provide((segmentId, field) => this.condition(segmentId, field));
    this.fieldUsage.register({
      describe: async (objectType, key) => {
        const field = objectType === 'contact' ? `cf.${key}` : objectType === 'company' ? `company.cf.${key}` : null;
        return field ? (await this.repository.usingField(field)).map((name) => `segment '${name}'`) : [];
      },
    });
  }

  async list(query: ListQueryDto): Promise<Page<SegmentDto>> {
    const order = parseSort(query.sort, SORTABLE, 'name');
    const qb = this.segments.createQueryBuilder('s');
    if (query.search) qb.andWhere('s.name ILIKE :q', { q: `%${escapeLike(query.search)}%` });
    const [rows, total] = await qb.orderBy(order.column, order.direction).addOrderBy('s.id').take(query.limit).skip(query.offset).getManyAndCount();
    return { data: await Promise.all(rows.map((s) => this.toDto(s))), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<SegmentDto> {
    return this.toDto(await this.find(id));
  }

  async create(dto: CreateSegmentDto, user: AuthUser): Promise<SegmentDto> {
    await this.check(dto.definition, null);
    const segment = await this.segments.save(
      this.segments.create({ name: dto.name, description: dto.description ?? null, definition: dto.definition, createdById: user.id }),
    );
    return this.get(segment.id);
  }

  async update(id: string, dto: UpdateSegmentDto): Promise<SegmentDto> {
    const segment = await this.find(id);
    if (dto.name !== undefined) {
      if (dto.name === null) throw validationProblem([{ field: 'name', message: 'must not be empty' }]);
      segment.name = dto.name;
    }
    if (dto.description !== undefined) segment.description = dto.description ?? null;
    if (dto.definition !== undefined) {
      if (dto.definition === null) throw validationProblem([{ field: 'definition', message: 'must be a group {match, conditions}' }]);
      await this.check(dto.definition, id);
      segment.definition = dto.definition;
    }
    await this.segments.save(segment);
    return this.get(id);
  }

  /** 409 naming what uses the segment (campaigns not sent yet, other segments). */
  async remove(id: string): Promise<void> {
    const segment = await this.find(id);
    const usedBy = await this.usedBy(id);
    if (usedBy.length) {
      throw new ProblemException(HttpStatus.CONFLICT, `The segment “${segment.name}” is in use by ${usedBy.join(', ')}; change or delete them first`, { usedBy });
    }
    await this.segments.delete(id);
  }

  async count(id: string, user: AuthUser): Promise<number> {
    await this.find(id);
    return this.contacts.count(user, { condition: await this.condition(id, 'id') });
  }

  /** The live count of an unsaved definition (the builder's), with a few of the contacts it means. */
  async countDefinition(definition: SegmentDefinition, user: AuthUser): Promise<{ count: number; sample: ContactView[] }> {
    const { catalog, segments } = await this.check(definition, null);
    const filter = { condition: segmentCondition(definition, { catalog, segments, now: new Date() }) };
    const [count, sample] = await Promise.all([this.contacts.count(user, filter), this.contacts.sample(user, filter, 5)]);
    return { count, sample };
  }

  async contactsOf(id: string, query: ListQueryDto, user: AuthUser): Promise<Page<ContactView> & { totalIsEstimate: boolean }> {
    await this.find(id);
    return this.contacts.list(user, { ...query, segmentId: id });
  }

  /** A saved segment as a condition over contacts; 400 naming `field` when no segment has this id. */
  async condition(id: string, field: string): Promise<ContactCondition> {
    const [catalog, segments] = await Promise.all([this.catalog(), this.repository.definitions()]);
    const definition = segments.get(id.toLowerCase());
    if (!definition) throw validationProblem([{ field, message: 'does not name a segment' }]);
    return segmentCondition(definition, { catalog, segments, now: new Date() }, id.toLowerCase());
  }

  /** The conditions of a campaign's segments; 400 naming `segmentIds.N` / `excludeSegmentIds.N` for an id that names no segment. */
  async audience(segmentIds: string[], excludeSegmentIds: string[]): Promise<SegmentAudience> {
    if (!segmentIds.length && !excludeSegmentIds.length) return {};
    await this.assertExist({ segmentIds, excludeSegmentIds });
    const [catalog, segments] = await Promise.all([this.catalog(), this.repository.definitions()]);
    const context = { catalog, segments, now: new Date() };
    const union = (ids: string[]): ContactCondition | undefined =>
      ids.length ? { sql: (param) => `(${ids.map((id) => segmentCondition(segments.get(id) as SegmentDefinition, context, id).sql(param)).join(' OR ')})` } : undefined;
    return { include: union(segmentIds), exclude: union(excludeSegmentIds) };
  }

  /** 400 naming each id (`segmentIds.0`) that names no segment. */
  async assertExist(lists: Record<string, string[]>): Promise<void> {
    const missing = new Set(await this.repository.missing([...new Set(Object.values(lists).flat())]));
    const errors: FieldError[] = Object.entries(lists).flatMap(([field, ids]) =>
      ids.flatMap((id, i) => (missing.has(id) ? [{ field: `${field}.${i}`, message: 'does not name a segment' }] : [])),
    );
    if (errors.length) throw validationProblem(errors);
  }

  private async usedBy(id: string): Promise<string[]> {
    const [users, segments] = await Promise.all([this.usage.usages(id), this.repository.referencing(id)]);
    return [...users, ...segments.map((name) => `segment '${name}'`)];
  }

  private async catalog(): Promise<FieldCatalog> {
    const [contact, company] = await Promise.all([this.fields.definitions('contact'), this.fields.definitions('company')]);
    return fieldCatalog(contact, company);
  }

  /** 400 for a definition that does not fit the fields, refers to a missing segment or makes a cycle (through `selfId`). */
  /** 400 unless the definition fits; the catalog and saved definitions it was checked against, for compiling it. */
  private async check(definition: unknown, selfId: string | null): Promise<{ catalog: FieldCatalog; segments: Map<string, SegmentDefinition> }> {
    const catalog = await this.catalog();
    const { errors, references } = checkDefinition(definition, catalog);
    if (errors.length) throw validationProblem(errors);
    const segments = await this.repository.definitions();
    const unknown = references.filter((r) => !segments.has(r.id));
    if (unknown.length) throw validationProblem(unknown.map((r) => ({ field: r.path, message: 'does not name a segment' })));
    const cycle = cyclePath(selfId, references, segments);
    if (cycle) throw validationProblem([{ field: cycle, message: 'makes a cycle: that segment includes this one' }]);
    return { catalog, segments };
  }

  private async find(id: string): Promise<Segment> {
    const segment = await this.segments.findOneBy({ id });
    if (!segment) throw new NotFoundException(`Segment ${id} not found`);
    return segment;
  }

  private async toDto(segment: Segment): Promise<SegmentDto> {
    return SegmentDto.from(segment, await this.usedBy(segment.id));
  }
}
