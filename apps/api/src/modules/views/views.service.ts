import { ForbiddenException, HttpStatus, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { FieldError, ProblemException, validationProblem } from '../../common/filters/problem';
import { FieldUsageRegistry } from '../fields/field-usage.registry';
import { FieldsService } from '../fields/fields.service';
import { CreateSavedViewDto, ListSavedViewsQueryDto, UpdateSavedViewDto } from './dto/saved-view.dto';
import { customFieldKeysOf, filtersProblems, isFieldName, unknownFieldProblems, ViewFilters, ViewObjectType } from './view-rules';
import { SavedViewRow, SavedViewValues, VIEW_SORTS, ViewsRepository } from './views.repository';

const PG_UNIQUE_VIOLATION = '23505';

/**
 * Saved list views. Everyone sees their own views and the shared ones; a private view of someone
 * else does not exist for them (404), except for admins, who may edit and delete any view; a shared
 * view of someone else is readable but not theirs to change (403). A view naming a custom field
 * keeps that field from being deleted (it would break the view).
 */
@Injectable()
export class ViewsService implements OnModuleInit {
  constructor(
    private readonly repository: ViewsRepository,
    private readonly fields: FieldsService,
    private readonly usage: FieldUsageRegistry,
  ) {}

  onModuleInit(): void {
    this.usage.register({ describe: (objectType, key) => this.usagesOfField(objectType, key) });
  }

  async list(user: AuthUser, query: ListSavedViewsQueryDto): Promise<Page<SavedViewRow>> {
    const order = parseSort(query.sort, VIEW_SORTS, 'name');
    const { rows, total } = await this.repository.page(user.id, query, order, query.limit, query.offset);
    return { data: rows, total, limit: query.limit, offset: query.offset };
  }

  async get(user: AuthUser, id: string): Promise<SavedViewRow> {
    const view = await this.repository.find(id);
    if (!view || !(view.ownerId === user.id || view.shared || user.role === 'admin')) throw new NotFoundException(`Saved view ${id} not found`);
    return view;
  }

  async create(user: AuthUser, dto: CreateSavedViewDto): Promise<SavedViewRow> {
    const values: SavedViewValues = {
      objectType: dto.objectType,
      name: dto.name,
      filters: dto.filters ?? {},
      sort: dto.sort || null,
      columns: dto.columns ?? [],
      shared: dto.shared ?? false,
      ownerId: user.id,
    };
    await this.validate(values);
    return this.repository.insert(values).catch((error) => this.rethrowNameTaken(error, values));
  }

  async update(user: AuthUser, id: string, dto: UpdateSavedViewDto): Promise<SavedViewRow> {
    const current = await this.ownedOrAdmin(user, id);
    const values: SavedViewValues = {
      ...current,
      ...(dto.name !== undefined && { name: dto.name }),
      ...(dto.filters !== undefined && { filters: dto.filters }),
      ...(dto.sort !== undefined && { sort: dto.sort || null }),
      ...(dto.columns !== undefined && { columns: dto.columns }),
      ...(dto.shared !== undefined && { shared: dto.shared }),
    };
    await this.validate(values);
    return this.repository.update(id, values).catch((error) => this.rethrowNameTaken(error, values));
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.ownedOrAdmin(user, id);
    await this.repository.delete(id);
  }

  /** The views naming the custom field `key` of `objectType` (as "view 'Name'"), for the field's delete. */
  async usagesOfField(objectType: ViewObjectType, key: string): Promise<string[]> {
    const views = await this.repository.forObjectType(objectType);
    return views.filter((view) => customFieldKeysOf(view).has(key)).map((view) => `view '${view.name}'`);
  }

  private async ownedOrAdmin(user: AuthUser, id: string): Promise<SavedViewRow> {
    const view = await this.get(user, id);
    if (view.ownerId !== user.id && user.role !== 'admin') throw new ForbiddenException(`The view '${view.name}' is ${view.ownerName}'s: only they or an admin can change it`);
    return view;
  }

  private async validate(values: { objectType: ViewObjectType; filters: ViewFilters; sort: string | null; columns: string[] }): Promise<void> {
    const problems: FieldError[] = filtersProblems(values.filters);
    if (values.sort && !isFieldName(values.sort.replace(/^-/, ''))) problems.push({ field: 'sort', message: 'must be a field name, - in front for descending' });
    values.columns.forEach((column, i) => {
      if (!isFieldName(column)) problems.push({ field: `columns.${i}`, message: 'must be a field name' });
      else if (values.columns.indexOf(column) !== i) problems.push({ field: `columns.${i}`, message: `repeats ${column}` });
    });
    if (problems.length) throw validationProblem(problems);
    if (customFieldKeysOf(values).size === 0) return;
    const known = new Set((await this.fields.definitions(values.objectType)).map((field) => field.key));
    const unknown = unknownFieldProblems(values, known);
    if (unknown.length) throw validationProblem(unknown);
  }

  private rethrowNameTaken(error: unknown, values: SavedViewValues): never {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION) {
      throw new ProblemException(HttpStatus.CONFLICT, `You already have a ${values.objectType} view named '${values.name}'`, {
        errors: [{ field: 'name', message: 'is already the name of another of your views' }],
      });
    }
    throw error;
  }
}
