import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { FORM_FIELDS_MAX, FORM_LABEL_MAX } from '../form-rules';
import type { FormRow } from '../forms.repository';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** An optional field that must not be null when sent (@IsOptional would let null through to a NOT NULL column). */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);
/** `''` from the builder means "none". */
const emptyToNull = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value));

export class FormFieldDto {
  /** `email` (in every form), `firstName`, `lastName`, `phone`, or `cf.<key>` of a contact custom field. */
  @ApiProperty({ example: 'firstName', maxLength: 50 })
  @IsString()
  @MaxLength(50)
  field: string;

  /** What the page shows beside the input. */
  @ApiProperty({ maxLength: FORM_LABEL_MAX })
  @IsString()
  @MaxLength(FORM_LABEL_MAX)
  label: string;

  /** The signup is refused (400 naming the field) when it is left empty; email is always required. */
  @ApiProperty()
  @IsBoolean()
  required: boolean;
}

export class FormDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  /** In the order the page shows them. */
  @ApiProperty({ type: [FormFieldDto] })
  fields: FormFieldDto[];
  /** Topics a signup subscribes to (pending until confirmed with double opt-in). */
  @ApiProperty({ type: [String], format: 'uuid' })
  topicIds: string[];
  /** Tags added to the contact on every signup. */
  @ApiProperty({ type: [String] })
  tags: string[];
  /** A signup must confirm its address from an emailed link before it is subscribed. */
  @ApiProperty()
  doubleOptIn: boolean;
  /** Shown after a signup (when there is no redirect). */
  @ApiProperty({ type: String, nullable: true })
  successMessage: string | null;
  /** Where the hosted page sends the browser after a signup (303). */
  @ApiProperty({ type: String, nullable: true })
  redirectUrl: string | null;
  /** The template of the confirmation email (handlebars with `{{confirm_url}}`); null: the default email. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  confirmationTemplateId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  /** Signups received (every submission, confirmed or not). */
  @ApiProperty({ type: 'integer' })
  submissions: number;
  /** The hosted page. */
  @ApiProperty({ example: 'https://crm.example.com/f/3f2c…' })
  url: string;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(row: FormRow, publicUrl: string): FormDto {
    return {
      id: row.id,
      name: row.name,
      fields: row.fields,
      topicIds: row.topicIds,
      tags: row.tags,
      doubleOptIn: row.doubleOptIn,
      successMessage: row.successMessage,
      redirectUrl: row.redirectUrl,
      confirmationTemplateId: row.confirmationTemplateId,
      createdById: row.createdById,
      submissions: row.submissions,
      url: `${publicUrl}/f/${row.id}`,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class FormPageDto extends PageDto(FormDto) {}

export class FormEmbedDto {
  /** A plain HTML form posting to the hosted endpoint (labels, the honeypot field, no script). */
  @ApiProperty()
  html: string;
  /** The hosted page, also the endpoint a site's own script posts JSON to. */
  @ApiProperty()
  url: string;
}

export class ListFormsQueryDto extends ListQueryDto {}

export class CreateFormDto {
  @ApiProperty({ maxLength: 100 })
  @trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  name: string;

  /** Must include `email`; each field once. */
  @ApiProperty({ type: [FormFieldDto] })
  @IsArray()
  @ArrayMaxSize(FORM_FIELDS_MAX)
  @ValidateNested({ each: true })
  @Type(() => FormFieldDto)
  fields: FormFieldDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be a list of topic ids' })
  topicIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];

  /** Default true: a signup confirms its address before it is subscribed. */
  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean()
  doubleOptIn?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @emptyToNull()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  successMessage?: string | null;

  /** http(s) only. */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @emptyToNull()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  redirectUrl?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUUID('all', { message: 'must be a template id' })
  confirmationTemplateId?: string | null;
}

/** A partial update: a field left out keeps its value; `null` is refused where the form needs a value. */
export class UpdateFormDto extends PartialType(CreateFormDto, { skipNullProperties: false }) {}

/** How the OpenAPI document describes the hosted endpoint's JSON answer. */
export class FormSignupResultDto {
  /** `pending_confirmation` until the emailed link is opened (double opt-in), else `subscribed`. */
  @ApiProperty({ enum: ['pending_confirmation', 'subscribed'] })
  status: 'pending_confirmation' | 'subscribed';
}
