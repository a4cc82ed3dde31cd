import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { CreateContactDto } from './contact.dto';

/** Items per `POST /api/contacts/batch` (API.md). */
export const CONTACT_BATCH_MAX = 1000;
export const BATCH_ON_DUPLICATE = ['skip', 'update'] as const;
export type BatchOnDuplicate = (typeof BATCH_ON_DUPLICATE)[number];
export const BATCH_ITEM_STATUSES = ['created', 'updated', 'skipped', 'failed'] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];

/** Body of `POST /api/contacts/batch`. */
export class ContactBatchDto {
  /**
   * Contacts as `POST /api/contacts` takes them, matched to existing contacts by email (ignoring
   * case). Each is checked on its own: an invalid one fails in `results` and the others are saved.
   */
  @ApiProperty({ type: [CreateContactDto], minItems: 1, maxItems: CONTACT_BATCH_MAX })
  @ArrayMaxSize(CONTACT_BATCH_MAX, { message: `must hold at most ${CONTACT_BATCH_MAX} contacts; send the rest in another request` })
  @ArrayMinSize(1, { message: 'must hold at least one contact' })
  @IsArray()
  contacts: unknown[];

  /**
   * A contact whose email exists: `skip` leaves it as it is; `update` writes the fields the item
   * gives (as a PATCH: custom fields are merged, omitted fields keep their value). `skip` when omitted.
   */
  @ApiPropertyOptional({ enum: BATCH_ON_DUPLICATE })
  @IsOptional()
  @IsIn(BATCH_ON_DUPLICATE, { message: `must be one of ${BATCH_ON_DUPLICATE.join(', ')}` })
  onDuplicate?: BatchOnDuplicate;
}

export class BatchFieldErrorDto {
  @ApiProperty()
  field: string;
  @ApiProperty()
  message: string;
}

export class ContactBatchItemResultDto {
  /** Position of the item in `contacts`, from 0. */
  @ApiProperty()
  index: number;
  /** The contact created, updated or skipped (absent when failed, or when skipped for matching a contact you cannot see). */
  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;
  @ApiProperty({ enum: BATCH_ITEM_STATUSES })
  status: BatchItemStatus;
  /** Why a failed item was not saved, by field (`email`, `customFields.<key>` …). */
  @ApiPropertyOptional({ type: [BatchFieldErrorDto] })
  errors?: BatchFieldErrorDto[];
}

export class ContactBatchResultDto {
  @ApiProperty()
  created: number;
  @ApiProperty()
  updated: number;
  @ApiProperty()
  skipped: number;
  /** How many items failed (each has `errors`). */
  @ApiProperty()
  failed: number;
  /** One per item, in the order sent. */
  @ApiProperty({ type: [ContactBatchItemResultDto] })
  results: ContactBatchItemResultDto[];
}
