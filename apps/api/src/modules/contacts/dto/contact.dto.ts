import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import type { CustomValues } from '../../fields/custom-field-rules';
import { CUSTOM_FIELDS_INPUT_SCHEMA, CUSTOM_FIELDS_SCHEMA } from '../../fields/dto/custom-fields.schema';
import { ContactView } from '../contacts.repository';
import { CONTACT_STATUSES, ContactStatus } from '../entities/contact.entity';
import { TAG_MAX_LENGTH, TAGS_PER_CONTACT_MAX } from '../tags';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional text: blank means "none", stored as null rather than as an empty string. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** A query parameter given once, repeated (`?tag=a&tag=b`) or comma-separated (`?status=lead,customer`). */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);

const STATUS_MESSAGE = `must be one of ${CONTACT_STATUSES.join(', ')}`;

export class CompanyRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class UserRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ format: 'email' })
  email: string;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  firstName: string;
  @ApiProperty()
  lastName: string;
  /** First and last name joined, or the email when both are empty. */
  @ApiProperty()
  fullName: string;
  @ApiProperty({ format: 'email' })
  email: string;
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  companyId: string | null;
  @ApiProperty({ type: CompanyRefDto, nullable: true })
  company: CompanyRefDto | null;
  @ApiProperty({ enum: CONTACT_STATUSES })
  status: ContactStatus;
  /** Lower-case tags. */
  @ApiProperty({ type: [String] })
  tags: string[];
  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignedToId: string | null;
  @ApiProperty({ type: UserRefDto, nullable: true })
  assignedTo: UserRefDto | null;
  @ApiProperty(CUSTOM_FIELDS_SCHEMA)
  customFields: CustomValues;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(view: ContactView): ContactDto {
    return {
      id: view.id,
      firstName: view.firstName,
      lastName: view.lastName,
      fullName: fullName(view),
      email: view.email,
      phone: view.phone,
      companyId: view.companyId,
      company: view.companyId ? { id: view.companyId, name: view.companyName ?? '' } : null,
      status: view.status,
      tags: view.tags,
      notes: view.notes,
      assignedToId: view.assignedToId,
      assignedTo: view.assignedToId
        ? { id: view.assignedToId, name: view.assignedToName ?? '', email: view.assignedToEmail ?? '' }
        : null,
      customFields: view.customFields,
      createdAt: view.createdAt.toISOString(),
      updatedAt: view.updatedAt.toISOString(),
    };
  }
}

export function fullName(contact: { firstName: string; lastName: string; email: string }): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
}

export class ContactPageDto extends PageDto(ContactDto) {
  /**
   * True when more than 10,000 contacts match (1,000 with a `search`): `total` is then the
   * database's estimate, not an exact count (counting a million rows on every search keystroke
   * would cost more than the page).
   * To walk every matching contact, page until `data` is empty, or use the CSV export.
   */
  @ApiProperty()
  totalIsEstimate: boolean;
}

/** Body of `POST /api/contacts` and of `PUT /api/contacts/:id` (a full replace: omitted fields are reset). */
export class CreateContactDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Empty when omitted' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100)
  @IsString()
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Empty when omitted' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100)
  @IsString()
  lastName?: string;

  /** Unique ignoring case: a second contact with the same address is a 409. */
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  @IsString()
  email: string;

  @ApiPropertyOptional({ type: String, maxLength: 50, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(50)
  @IsString()
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string | null;

  @ApiPropertyOptional({ enum: CONTACT_STATUSES, description: '`lead` when omitted' })
  @IsOptional()
  @IsIn(CONTACT_STATUSES, { message: STATUS_MESSAGE })
  status?: ContactStatus;

  /** Stored lower-case, without duplicates. */
  @ApiPropertyOptional({ type: [String], maxItems: TAGS_PER_CONTACT_MAX })
  @IsOptional()
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `each tag must be at most ${TAG_MAX_LENGTH} characters` })
  @IsString({ each: true })
  @ArrayMaxSize(TAGS_PER_CONTACT_MAX)
  @IsArray()
  tags?: string[];

  @ApiPropertyOptional({ type: String, maxLength: 10000, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(10000)
  @IsString()
  notes?: string | null;

  /** The owning user. A member may only assign to themselves; contacts a member creates are theirs. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string | null;

  /** Custom field values by key; checked against the contact fields (400 naming `customFields.<key>`). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

/** Body of `PATCH /api/contacts/:id`: only the fields sent change; `null` clears an optional field. */
export class UpdateContactDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf((o: UpdateContactDto) => o.firstName !== undefined)
  @Transform(trim)
  @MaxLength(100)
  @IsString()
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf((o: UpdateContactDto) => o.lastName !== undefined)
  @Transform(trim)
  @MaxLength(100)
  @IsString()
  lastName?: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254 })
  @ValidateIf((o: UpdateContactDto) => o.email !== undefined)
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  @IsString()
  email?: string;

  @ApiPropertyOptional({ type: String, maxLength: 50, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(50)
  @IsString()
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string | null;

  @ApiPropertyOptional({ enum: CONTACT_STATUSES })
  @ValidateIf((o: UpdateContactDto) => o.status !== undefined)
  @IsIn(CONTACT_STATUSES, { message: STATUS_MESSAGE })
  status?: ContactStatus;

  /** Replaces the tag list; tags not held before emit `tag_added`. */
  @ApiPropertyOptional({ type: [String], maxItems: TAGS_PER_CONTACT_MAX })
  @ValidateIf((o: UpdateContactDto) => o.tags !== undefined)
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `each tag must be at most ${TAG_MAX_LENGTH} characters` })
  @IsString({ each: true })
  @ArrayMaxSize(TAGS_PER_CONTACT_MAX)
  @IsArray()
  tags?: string[];

  @ApiPropertyOptional({ type: String, maxLength: 10000, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @MaxLength(10000)
  @IsString()
  notes?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  assignedToId?: string | null;

  /** Only the keys given change; `null` clears one (400 naming `customFields.<key>` for a bad value). */
  @ApiPropertyOptional(CUSTOM_FIELDS_INPUT_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'must be an object of field keys and values' })
  customFields?: Record<string, unknown>;
}

export class ListContactsQueryDto extends ListQueryDto {
  /** One status or several (`status=lead,prospect` or repeated). */
  @ApiPropertyOptional({ type: [String], enum: CONTACT_STATUSES, description: 'One or more statuses, comma-separated or repeated' })
  @IsOptional()
  @Transform(toList)
  @IsIn(CONTACT_STATUSES, { each: true, message: STATUS_MESSAGE })
  status?: ContactStatus[];

  /** Contacts holding every one of these tags. */
  @ApiPropertyOptional({ type: [String], description: 'Tag(s) the contact must hold, comma-separated or repeated' })
  @IsOptional()
  @Transform(toList)
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  @IsString({ each: true })
  tag?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string;

  /** A user id, or `none` for unassigned contacts. */
  @ApiPropertyOptional({ description: 'A user id, or `none` for unassigned contacts' })
  @IsOptional()
  @ValidateIf((o: ListContactsQueryDto) => o.assignedToId !== 'none')
  @IsUUID('all', { message: 'must be a UUID or none' })
  assignedToId?: string;

  /** Only the contacts of this segment (as it is now), with the other filters on top. */
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the contacts of this segment (as it is now), with the other filters on top' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  segmentId?: string;
}

/** Filters of `GET /api/contacts/export`: the list's filters without paging. */
export class ExportContactsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(200)
  @IsString()
  search?: string;

  @ApiPropertyOptional({ type: [String], enum: CONTACT_STATUSES })
  @IsOptional()
  @Transform(toList)
  @IsIn(CONTACT_STATUSES, { each: true, message: STATUS_MESSAGE })
  status?: ContactStatus[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(toList)
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  @IsString({ each: true })
  tag?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ description: 'A user id, or `none` for unassigned contacts' })
  @IsOptional()
  @ValidateIf((o: ExportContactsQueryDto) => o.assignedToId !== 'none')
  @IsUUID('all', { message: 'must be a UUID or none' })
  assignedToId?: string;
}

export class TagsDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: TAGS_PER_CONTACT_MAX })
  @MaxLength(TAG_MAX_LENGTH, { each: true, message: `each tag must be at most ${TAG_MAX_LENGTH} characters` })
  @MinLength(1, { each: true, message: 'each tag must not be empty' })
  @IsString({ each: true })
  @ArrayMaxSize(TAGS_PER_CONTACT_MAX)
  @ArrayMinSize(1)
  @IsArray()
  tags: string[];
}

/** Bulk actions work on one page of a selection at most. */
const BULK_MAX = 200;

export class BulkTagsDto extends TagsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX })
  @IsUUID('all', { each: true, message: 'each id must be a UUID' })
  @ArrayMaxSize(BULK_MAX)
  @ArrayMinSize(1)
  @IsArray()
  contactIds: string[];
}

export class BulkAssignDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX })
  @IsUUID('all', { each: true, message: 'each id must be a UUID' })
  @ArrayMaxSize(BULK_MAX)
  @ArrayMinSize(1)
  @IsArray()
  contactIds: string[];

  /** The new owner, or null to unassign. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((o: BulkAssignDto) => o.assignedToId !== null)
  @IsUUID('all', { message: 'must be a UUID or null' })
  assignedToId: string | null;
}

export class BulkResultDto {
  /** Contacts that changed. */
  @ApiProperty()
  updated: number;
}

export class TagCountDto {
  @ApiProperty()
  tag: string;
  /** Contacts (visible to you) holding it. */
  @ApiProperty()
  count: number;
}

export class TagCountsQueryDto {
  /** Only tags starting with this text. */
  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(TAG_MAX_LENGTH)
  @IsString()
  search?: string;
}
