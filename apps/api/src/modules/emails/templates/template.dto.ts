import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { EmailTemplate } from '../entities/email-template.entity';
import { CustomFieldKeys, TEMPLATE_PART_LABELS, TemplateSyntaxError, compileTemplate } from '../rendering/merge-tags';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value);

export class TemplateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  /** Handlebars; merge values are not escaped in the subject. */
  @ApiProperty()
  subject: string;
  /** Handlebars HTML; merge values are HTML-escaped. */
  @ApiProperty()
  htmlBody: string;
  /** Plain-text part; null means it is generated from the HTML when sending. */
  @ApiProperty({ type: String, nullable: true })
  textBody: string | null;
  /** Sender address; null means the default of the email settings. */
  @ApiProperty({ type: String, nullable: true })
  fromEmail: string | null;
  @ApiProperty({ type: String, nullable: true })
  fromName: string | null;
  /** Merge tags that are not known and will render empty, e.g. a typo like `{{frist_name}}`. */
  @ApiProperty({ type: [String] })
  warnings: string[];
  @ApiProperty({ format: 'uuid', type: String, nullable: true })
  createdById: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  /** `customKeys`: the custom fields, so an unknown `{{contact.custom.…}}` warns too. */
  static from(template: EmailTemplate, customKeys?: CustomFieldKeys): TemplateDto {
    let warnings: string[];
    try {
      warnings = compileTemplate(template, customKeys).warnings;
    } catch (error) {
      warnings = [
        error instanceof TemplateSyntaxError
          ? `${TEMPLATE_PART_LABELS[error.field]} has an error and cannot be sent: ${error.message}`
          : `The template cannot be sent: ${(error as Error).message}`,
      ];
    }
    return {
      id: template.id,
      name: template.name,
      subject: template.subject,
      htmlBody: template.htmlBody,
      textBody: template.textBody,
      fromEmail: template.fromEmail,
      fromName: template.fromName,
      warnings,
      createdById: template.createdById,
      createdAt: template.createdAt.toISOString(),
      updatedAt: template.updatedAt.toISOString(),
    };
  }
}

/** A list row: the bodies are left out to keep pages small. */
export class TemplateSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  subject: string;
  @ApiProperty({ type: String, nullable: true })
  fromEmail: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(template: EmailTemplate): TemplateSummaryDto {
    return {
      id: template.id,
      name: template.name,
      subject: template.subject,
      fromEmail: template.fromEmail,
      createdAt: template.createdAt.toISOString(),
      updatedAt: template.updatedAt.toISOString(),
    };
  }
}

export class TemplatePageDto extends PageDto(TemplateSummaryDto) {}

export class CreateTemplateDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ maxLength: 500, example: 'Hello {{default first_name "there"}}' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(500)
  subject: string;

  @ApiProperty({ maxLength: 500000, example: '<p>Hi {{first_name}},</p>' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(500_000)
  htmlBody: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200000 })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200_000)
  textBody?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  fromEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  fromName?: string | null;
}

export class UpdateTemplateDto extends PartialType(CreateTemplateDto) {}

export class TemplateListQueryDto extends ListQueryDto {}

export class PreviewTemplateDto {
  /** Render for this contact; a sample contact when absent. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  contactId?: string;
}

/** Unsaved editor content, rendered for the live preview. */
export class PreviewDraftDto extends PreviewTemplateDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MaxLength(500)
  subject: string;

  @ApiProperty({ maxLength: 500000 })
  @IsString()
  @MaxLength(500_000)
  htmlBody: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200_000)
  textBody?: string | null;
}

export class TemplatePreviewDto {
  @ApiProperty()
  subject: string;
  @ApiProperty()
  html: string;
  @ApiProperty()
  text: string;
  /** Unknown merge tags (they render empty). */
  @ApiProperty({ type: [String] })
  warnings: string[];
}

export class SendTestEmailDto extends PreviewTemplateDto {
  /** Where the test goes; it is not tracked and writes no email log. */
  @ApiProperty({ format: 'email' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;
}

export class SendTestResultDto {
  /** The SMTP server's reply. */
  @ApiProperty()
  response: string;
}

export class MergeTagDto {
  @ApiProperty({ example: '{{first_name}}' })
  tag: string;
  @ApiProperty()
  description: string;
}
