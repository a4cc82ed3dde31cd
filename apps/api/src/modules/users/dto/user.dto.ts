import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageDto } from '../../../common/dto/pagination.dto';
import { IsPassword } from '../password-rules';
import { User, USER_ROLES, UserRole } from '../entities/user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'email' })
  email: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;
  @ApiProperty()
  isActive: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;
  /** Set while the user has been invited and has not chosen a password yet (they cannot log in until then). */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  invitedAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      isActive: user.isActive,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      invitedAt: user.invitedAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

export class UserPageDto extends PageDto(UserDto) {}

export class CreateUserDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: `must be one of ${USER_ROLES.join(', ')}` })
  role: UserRole;

  /**
   * At least 8 characters. Leave it out to invite the user instead: they get an email with a link,
   * valid for 7 days, to choose their own password.
   */
  @ApiPropertyOptional({ minLength: 8, maxLength: 200 })
  // Not @IsOptional: null is no password, not a request to invite.
  @ValidateIf((_, value) => value !== undefined)
  @IsPassword()
  password?: string;
}

// skipNullProperties: false checks a field that is null instead of skipping it: no field of a user can be emptied.
export class UpdateUserDto extends PartialType(CreateUserDto, { skipNullProperties: false }) {
  /** A deactivated user cannot log in and their refresh tokens stop working. */
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'must be true or false' })
  isActive?: boolean;
}
