import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FIELD_TYPES, FieldType, KEY_MAX_LENGTH, OBJECT_TYPES, ObjectType, OPTIONS_MAX } from '../custom-field-rules';
import { FieldDefinition } from '../entities/field-definition.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class FieldOptionDto {
  /** What records store; unique within the field. */
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  value: string;

  /** What people see. */
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  label: string;
}

export class FieldDefinitionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: OBJECT_TYPES })
  objectType: ObjectType;
  /** snake_case, unique per objectType; the name in `customFields`, filters (`cf.<key>`), merge tags and CSV headers. */
  @ApiProperty()
  key: string;
  @ApiProperty()
  label: string;
  @ApiProperty({ enum: FIELD_TYPES })
  type: FieldType;
  /** The choices of a select or multiselect field; empty for other types. */
  @ApiProperty({ type: [FieldOptionDto] })
  options: FieldOptionDto[];
  /** Creating (or replacing) a record without a value is a 400. */
  @ApiProperty()
  required: boolean;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  /** Order in forms and lists (ascending). */
  @ApiProperty({ type: 'integer' })
  position: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(field: FieldDefinition): FieldDefinitionDto {
    return {
      id: field.id,
      objectType: field.objectType,
      key: field.key,
      label: field.label,
      type: field.type,
      options: field.options,
      required: field.required,
      description: field.description,
      position: field.position,
      createdAt: field.createdAt.toISOString(),
      updatedAt: field.updatedAt.toISOString(),
    };
  }
}

export class ListFieldsQueryDto {
  /** Only this object type's fields; all of them when omitted. */
  @ApiPropertyOptional({ enum: OBJECT_TYPES })
  @IsOptional()
  @IsIn(OBJECT_TYPES, { message: `must be one of ${OBJECT_TYPES.join(', ')}` })
  objectType?: ObjectType;
}

export class CreateFieldDto {
  @ApiProperty({ enum: OBJECT_TYPES })
  @IsIn(OBJECT_TYPES, { message: `must be one of ${OBJECT_TYPES.join(', ')}` })
  objectType: ObjectType;

  /** snake_case, unique per objectType, not a built-in field's name; cannot change later. */
  @ApiProperty({ maxLength: KEY_MAX_LENGTH, example: 'member_rating' })
  @Transform(trim)
  @IsString()
  key: string;

  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @MaxLength(100)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  label: string;

  /** Cannot change later. */
  @ApiProperty({ enum: FIELD_TYPES })
  @IsIn(FIELD_TYPES, { message: `must be one of ${FIELD_TYPES.join(', ')}` })
  type: FieldType;

  /** Required for select and multiselect (values unique); refused for other types. */
  @ApiPropertyOptional({ type: [FieldOptionDto], maxItems: OPTIONS_MAX })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => FieldOptionDto)
  @ArrayMaxSize(OPTIONS_MAX)
  @IsArray()
  options?: FieldOptionDto[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(1000)
  @IsString()
  description?: string | null;

  /** Defaults to after the object type's last field. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(100_000)
  position?: number;
}

/** Key and type cannot change (a 400 names them): records, filters and exports rely on both. */
export class UpdateFieldDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf((o: UpdateFieldDto) => o.label !== undefined)
  @Transform(trim)
  @MaxLength(100)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  label?: string;

  /**
   * The whole new list. Removing an option that records still hold is a 409 naming how many:
   * change those records first (a value that is no option any more could not be shown or saved again).
   */
  @ApiPropertyOptional({ type: [FieldOptionDto], maxItems: OPTIONS_MAX })
  @ValidateIf((o: UpdateFieldDto) => o.options !== undefined)
  @ValidateNested({ each: true })
  @Type(() => FieldOptionDto)
  @ArrayMaxSize(OPTIONS_MAX)
  @IsArray()
  options?: FieldOptionDto[];

  @ApiPropertyOptional()
  @ValidateIf((o: UpdateFieldDto) => o.required !== undefined)
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(1000)
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @ValidateIf((o: UpdateFieldDto) => o.position !== undefined)
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(100_000)
  position?: number;
}
