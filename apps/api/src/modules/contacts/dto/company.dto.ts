import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsFQDN, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import type { CustomValues } from '../../fields/custom-field-rules';
import { CUSTOM_FIELDS_INPUT_SCHEMA, CUSTOM_FIELDS_SCHEMA } from '../../fields/dto/custom-fields.schema';
import { CONTACT_STATUSES, ContactStatus } from '../entities/contact.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** People paste URLs: `https://www.Acme.com/about` is stored as `www.acme.com`. */
const toDomain = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '') || null : value;

/** A company as it leaves the API; `contactCount` counts only the contacts visible to the caller. */
export class CompanyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  domain: string | null;
  @ApiProperty({ type: String, nullable: true })
  industry: string | null;
  @ApiProperty({ type: String, nullable: true })
  size: string | null;
  @ApiProperty()
  contactCount: number;
  @ApiProperty(CUSTOM_FIELDS_SCHEMA)
  customFields: CustomValues;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ContactStatusCountsDto {
  @ApiProperty()
  lead: number;
  @ApiProperty()
  prospect: number;
  @ApiProperty()
  customer: number;
  @ApiProperty()
  archived: number;
}

export class CompanyDetailDto extends CompanyDto {
  /** Visible contacts of the company by status. */
  @ApiProperty({ type: ContactStatusCountsDto })
  contactsByStatus: Record<ContactStatus, number>;
}

export const emptyStatusCounts = (): Record<ContactStatus, number> =>
  Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;

export class CompanyPageDto extends PageDto(CompanyDto) {}

export class CreateCompanyDto {
  /** Unique ignoring case. */
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ type: String, maxLength: 253, nullable: true, example: 'acme.com' })
  @IsOptional()
  @Transform(toDomain)
  @IsFQDN({}, { message: 'must be a domain name like acme.com' })
  @MaxLength(253)
  @IsString()
  domain?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(100)
  @IsString()
  industry?: string | null;

  /** Head count band, e.g. `11-50`. */
  @ApiPropertyOptional({ type: String, maxLength: 50, nullable: true, example: '11-50' })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(50)
  @IsString()
  size?: string | null;

  /** Custom field values by key; checked against the company fields (400 naming `customFields.<key>`). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

export class UpdateCompanyDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((o: UpdateCompanyDto) => o.name !== undefined)
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 253, nullable: true })
  @IsOptional()
  @Transform(toDomain)
  @IsFQDN({}, { message: 'must be a domain name like acme.com' })
  @MaxLength(253)
  @IsString()
  domain?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 100, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(100)
  @IsString()
  industry?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 50, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(50)
  @IsString()
  size?: string | null;

  /** Only the keys given change; `null` clears one (400 naming `customFields.<key>` for a bad value). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

export class ListCompaniesQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(100)
  @IsString()
  industry?: string;
}
