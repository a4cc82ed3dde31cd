import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Roles } from '../../../common/decorators/auth.decorators';
import { EmailSettingsService } from './email-settings.service';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EmailSettingsDto {
  /** Sender address of templates that name none. */
  @ApiProperty({ description: 'Sender address of templates that name none; until set, `noreply@` the host of PUBLIC_URL (which may be `localhost`)' })
  fromEmail: string;
  @ApiProperty()
  fromName: string;
  /** Printed in the footer of every campaign email (CAN-SPAM requires a valid postal address). */
  @ApiProperty()
  postalAddress: string;
}

export class UpdateEmailSettingsDto {
  // Not @IsOptional: null would store an empty sender or footer address.
  @ApiPropertyOptional({ format: 'email' })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  fromEmail?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  fromName?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  postalAddress?: string;
}

@ApiTags('settings')
@ApiBearerAuth()
@Roles('admin')
@Controller('settings/email')
export class EmailSettingsController {
  constructor(private readonly settings: EmailSettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Email sending settings: default sender and postal address (admin)' })
  @ApiOkResponse({ type: EmailSettingsDto })
  get(): Promise<EmailSettingsDto> {
    return this.settings.get();
  }

  @Patch()
  @ApiOperation({ summary: 'Update email sending settings (admin)' })
  @ApiOkResponse({ type: EmailSettingsDto })
  update(@Body() dto: UpdateEmailSettingsDto): Promise<EmailSettingsDto> {
    return this.settings.update(dto);
  }
}
