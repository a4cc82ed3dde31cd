import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { Suppression, SUPPRESSION_REASONS, SuppressionReason } from '../entities/suppression.entity';

export class SuppressionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'email' })
  email: string;
  @ApiProperty({ enum: SUPPRESSION_REASONS })
  reason: SuppressionReason;
  /** The bounce message, or the note of whoever added it. */
  @ApiProperty({ type: String, nullable: true })
  detail: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(s: Suppression): SuppressionDto {
    return { id: s.id, email: s.email, reason: s.reason, detail: s.detail, createdAt: s.createdAt.toISOString() };
  }
}

export class SuppressionPageDto extends PageDto(SuppressionDto) {}

export class SuppressionListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: SUPPRESSION_REASONS })
  @IsOptional()
  @IsIn(SUPPRESSION_REASONS, { message: `must be one of ${SUPPRESSION_REASONS.join(', ')}` })
  reason?: SuppressionReason;
}

export class CreateSuppressionDto {
  @ApiProperty({ format: 'email' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: SUPPRESSION_REASONS, default: 'manual' })
  @IsOptional()
  @IsIn(SUPPRESSION_REASONS, { message: `must be one of ${SUPPRESSION_REASONS.join(', ')}` })
  reason?: SuppressionReason;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  detail?: string;
}
