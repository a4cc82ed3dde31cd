import { HttpStatus, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { SortOrder } from '../../common/dto/pagination.dto';
import { FieldError, ProblemException, validationProblem } from '../../common/filters/problem';
import { CustomFieldFilter, customSortColumn, parseCustomSort, RawFieldFilter, resolveFilters } from './custom-field-filters';
import { checkValues, CustomValue, FieldOption, hasOptions, keyProblem, ObjectType, optionsProblems } from './custom-field-rules';
import { isSortable, RECORD_NAMES } from './custom-field-sql';
import { CreateFieldDto, UpdateFieldDto } from './dto/field.dto';
import { FieldDefinition } from './entities/field-definition.entity';
import { FieldUsageRegistry } from './field-usage.registry';
import { FieldsRepository } from './fields.repository';

const PG_UNIQUE_VIOLATION = '23505';

/** Checks one record's `customFields` input as `validateValues` does (throws the same 400). */
export type CustomValuesValidator = (input: Record<string, unknown>, options: { partial: boolean }) => Record<string, CustomValue | null>;

/**
 * Custom field definitions, and the one check of the values records carry. Contacts, companies
 * and deals call `validateValues` on every write; lists call `definitions` to read `cf.*` filters.
 */
@Injectable()
export class FieldsService {
  private readonly logger = new Logger(FieldsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly usage: FieldUsageRegistry,
    private readonly fieldRows: FieldsRepository,
  ) {}

  /** One object type's fields (every field when omitted), in their display order. */
  list(objectType?: ObjectType): Promise<FieldDefinition[]> {
    return this.dataSource.getRepository(FieldDefinition).find({
      where: objectType ? { objectType } : {},
      order: { objectType: 'ASC', position: 'ASC', createdAt: 'ASC' },
    });
  }

  definitions(objectType: ObjectType): Promise<FieldDefinition[]> {
    return this.list(objectType);
  }

  async get(id: string): Promise<FieldDefinition> {
    const field = await this.dataSource.getRepository(FieldDefinition).findOneBy({ id });
    if (!field) throw new NotFoundException(`Field ${id} not found`);
    return field;
  }

  /**
   * Checks a record's `customFields` input: each value as stored, or null where it clears one.
   * `partial` (PATCH): only the keys given; otherwise (create, replace) the whole set, so every
   * required field must be there. Any problem is a 400 naming `customFields.<key>`.
   */
  async validateValues(objectType: ObjectType, input: Record<string, unknown>, options: { partial: boolean }): Promise<Record<string, CustomValue | null>> {
    return (await this.valuesValidator(objectType))(input, options);
  }

  /** `validateValues` for many records (a batch): the definitions are read once, then each call checks one record's input. */
  async valuesValidator(objectType: ObjectType): Promise<CustomValuesValidator> {
    const rules = await this.definitions(objectType);
    return (input, { partial }) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw validationProblem([{ field: 'customFields', message: 'must be an object of field keys and values' }]);
      }
      const { values, errors } = checkValues(rules, input, partial);
      if (errors.length) throw validationProblem(errors.map((e) => ({ field: `customFields.${e.key}`, message: e.message })));
      return values;
    };
  }

  /** A list's `cf.*` parameters checked against the object type's fields (400 naming `cf.<key>`). */
  async resolveFilters(objectType: ObjectType, raw: RawFieldFilter[]): Promise<CustomFieldFilter[]> {
    if (raw.length === 0) return [];
    const { filters, errors } = resolveFilters(await this.definitions(objectType), raw);
    if (errors.length) throw validationProblem(errors);
    return filters;
  }

  /** `sort=cf.<key>` (or `-cf.<key>`) as an ORDER BY on `alias`; null when `sort` names no custom field. */
  async resolveSort(objectType: ObjectType, sort: string | undefined, alias: string): Promise<SortOrder | null> {
    const parsed = parseCustomSort(sort);
    if (!parsed) return null;
    const resolved = customSortColumn(await this.definitions(objectType), parsed.key, alias);
    if ('error' in resolved) throw validationProblem([resolved.error]);
    return { column: resolved.column, direction: parsed.descending ? 'DESC' : 'ASC' };
  }

  async create(dto: CreateFieldDto): Promise<FieldDefinition> {
    const errors: FieldError[] = [];
    const keyError = keyProblem(dto.objectType, dto.key);
    if (keyError) errors.push({ field: 'key', message: keyError });
    errors.push(...this.optionErrors(dto.type, dto.options));
    if (errors.length) throw validationProblem(errors);
    const repository = this.dataSource.getRepository(FieldDefinition);
    if (await repository.existsBy({ objectType: dto.objectType, key: dto.key })) throw this.keyConflict(dto.objectType, dto.key);
    const next = await this.fieldRows.nextPosition(dto.objectType);
    const field = await repository
      .save(
        repository.create({
          objectType: dto.objectType,
          key: dto.key,
          label: dto.label,
          type: dto.type,
          options: hasOptions(dto.type) ? this.cleanOptions(dto.options ?? []) : [],
          required: dto.required ?? false,
          description: dto.description ?? null,
          position: dto.position ?? next,
        }),
      )
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION) throw this.keyConflict(dto.objectType, dto.key);
        throw error;
      });
    if (isSortable(field.type)) {
      await this.createIndex(field).catch(async (error: unknown) => {
        await repository.delete(field.id);
        throw error;
      });
    }
    return field;
  }

  async update(id: string, dto: UpdateFieldDto): Promise<FieldDefinition> {
    const field = await this.get(id);
    if (dto.options !== undefined) {
      const errors = this.optionErrors(field.type, dto.options);
      if (errors.length) throw validationProblem(errors);
      await this.assertOptionsUnused(field, dto.options);
    }
    const changes: Partial<FieldDefinition> = {};
    if (dto.label !== undefined) changes.label = dto.label;
    if (dto.options !== undefined) changes.options = this.cleanOptions(dto.options);
    if (dto.required !== undefined) changes.required = dto.required;
    if (dto.description !== undefined) changes.description = dto.description;
    if (dto.position !== undefined) changes.position = dto.position;
    if (Object.keys(changes).length) await this.dataSource.getRepository(FieldDefinition).update(id, changes);
    return this.get(id);
  }

  /** 409 while anything uses the field (naming them); otherwise the field goes, with every record's value of it. */
  async remove(id: string): Promise<void> {
    const field = await this.get(id);
    const users = await this.usage.usages(field.objectType, field.key);
    if (users.length) {
      throw new ProblemException(HttpStatus.CONFLICT, `The field “${field.label}” is in use by ${users.join(', ')}; change or delete them first`, { usedBy: users });
    }
    await this.fieldRows.deleteWithValues(field);
    // Outside the transaction, which CONCURRENTLY cannot run in.
    await this.fieldRows.dropIndex(field);
  }

  /**
   * The btree lists sort and range-filter this field by (see custom-field-sql.ts). A failed
   * concurrent build leaves an invalid index behind, dropped here so the next attempt starts clean.
   */
  private async createIndex(field: FieldDefinition): Promise<void> {
    try {
      await this.fieldRows.createIndex(field);
    } catch (error) {
      this.logger.error(`Building the index of field ${field.objectType}.${field.key} failed: ${(error as Error).message}`);
      await this.fieldRows.dropIndex(field);
      throw error;
    }
  }

  private optionErrors(type: FieldDefinition['type'], options: FieldOption[] | undefined): FieldError[] {
    return optionsProblems(type, options).map((p) => ({ field: p.path ? `options.${p.path}` : 'options', message: p.message }));
  }

  private cleanOptions(options: FieldOption[]): FieldOption[] {
    return options.map((o) => ({ value: o.value, label: o.label }));
  }

  /** A removed option still held by records: 409 with how many, since their value could not be shown or saved again. */
  private async assertOptionsUnused(field: FieldDefinition, options: FieldOption[]): Promise<void> {
    const kept = new Set(options.map((o) => o.value));
    for (const option of field.options.filter((o) => !kept.has(o.value))) {
      const count = await this.fieldRows.countHolding(field, field.type === 'multiselect' ? [option.value] : option.value);
      if (count > 0) {
        const [one, many] = RECORD_NAMES[field.objectType];
        throw new ProblemException(
          HttpStatus.CONFLICT,
          `${count} ${count === 1 ? one : many} hold the option “${option.label}” of ${field.label}; change their value before removing it`,
          { errors: [{ field: 'options', message: `“${option.label}” is held by ${count} ${count === 1 ? one : many}` }], recordCount: count, option: option.value },
        );
      }
    }
  }

  private keyConflict(objectType: ObjectType, key: string): ProblemException {
    return new ProblemException(HttpStatus.CONFLICT, `A ${objectType} field with the key ${key} already exists`, {
      errors: [{ field: 'key', message: `is already used by another ${objectType} field` }],
    });
  }
}
