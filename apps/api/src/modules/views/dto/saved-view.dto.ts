import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { SavedViewRow } from '../views.repository';
import { VIEW_COLUMNS_MAX, VIEW_NAME_MAX, VIEW_OBJECT_TYPES, ViewFilters, ViewObjectType } from '../view-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const OBJECT_TYPE_MESSAGE = `must be one of ${VIEW_OBJECT_TYPES.join(', ')}`;

/** OpenAPI: `{[param]: string | string[]}`. */
const FILTERS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  example: { status: ['lead', 'prospect'], 'cf.lead_score[gte]': '50' },
};

export class SavedViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: VIEW_OBJECT_TYPES })
  objectType: ViewObjectType;
  @ApiProperty()
  name: string;
  /** The list's query parameters (`status`, `tag`, `cf.<key>[gte]`, …); a repeated parameter is a list. */
  @ApiProperty(FILTERS_SCHEMA)
  filters: ViewFilters;
  /** The list's `sort` (`-createdAt`, `cf.<key>`), or null for the list's default order. */
  @ApiProperty({ type: String, nullable: true })
  sort: string | null;
  /** The columns shown, in order (built-in field names and `cf.<key>`); empty: the list's default columns. */
  @ApiProperty({ type: [String] })
  columns: string[];
  /** Shown to every user; otherwise only to its owner. */
  @ApiProperty()
  shared: boolean;
  @ApiProperty({ format: 'uuid' })
  ownerId: string;
  @ApiProperty()
  ownerName: string;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(row: SavedViewRow): SavedViewDto {
    return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
  }
}

export class SavedViewPageDto extends PageDto(SavedViewDto) {}

export class ListSavedViewsQueryDto extends ListQueryDto {
  /** Only the views of this list. */
  @ApiPropertyOptional({ enum: VIEW_OBJECT_TYPES })
  @IsOptional()
  @IsIn(VIEW_OBJECT_TYPES, { message: OBJECT_TYPE_MESSAGE })
  objectType?: ViewObjectType;
}

/** Body of `POST /api/views`. */
export class CreateSavedViewDto {
  @ApiProperty({ enum: VIEW_OBJECT_TYPES })
  @IsIn(VIEW_OBJECT_TYPES, { message: OBJECT_TYPE_MESSAGE })
  objectType: ViewObjectType;

  /** Unique among your views of the same list, ignoring case (409 otherwise). */
  @ApiProperty({ minLength: 1, maxLength: VIEW_NAME_MAX })
  @Transform(trim)
  @MaxLength(VIEW_NAME_MAX)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ ...FILTERS_SCHEMA, description: 'Empty when omitted' })
  @IsOptional()
  @IsObject({ message: 'must be an object of query parameters' })
  filters?: ViewFilters;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 101 })
  @IsOptional()
  @MaxLength(101)
  @IsString()
  sort?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: VIEW_COLUMNS_MAX, description: 'Empty when omitted' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(VIEW_COLUMNS_MAX)
  @IsArray()
  columns?: string[];

  @ApiPropertyOptional({ description: '`false` when omitted' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}

/** Body of `PATCH /api/views/:id`: only what is sent changes; a view's list (`objectType`) does not. */
export class UpdateSavedViewDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: VIEW_NAME_MAX })
  @ValidateIf((o: UpdateSavedViewDto) => o.name !== undefined)
  @Transform(trim)
  @MaxLength(VIEW_NAME_MAX)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name?: string;

  @ApiPropertyOptional(FILTERS_SCHEMA)
  @ValidateIf((o: UpdateSavedViewDto) => o.filters !== undefined)
  @IsObject({ message: 'must be an object of query parameters' })
  filters?: ViewFilters;

  /** null: back to the list's default order. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 101 })
  @IsOptional()
  @MaxLength(101)
  @IsString()
  sort?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: VIEW_COLUMNS_MAX })
  @ValidateIf((o: UpdateSavedViewDto) => o.columns !== undefined)
  @IsString({ each: true })
  @ArrayMaxSize(VIEW_COLUMNS_MAX)
  @IsArray()
  columns?: string[];

  @ApiPropertyOptional()
  @ValidateIf((o: UpdateSavedViewDto) => o.shared !== undefined)
  @IsBoolean()
  shared?: boolean;
}
