import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';
import { IsPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/password-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto {
  @ApiProperty({ format: 'email', example: 'admin@corral.local' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'corral-demo' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  password: string;
}

export class RegisterDto extends LoginDto {
  /** At least 8 characters. */
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsPassword()
  declare password: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(500)
  refreshToken: string;
}

export class TokenPairDto {
  /** Short-lived JWT for `Authorization: Bearer`. */
  @ApiProperty()
  accessToken: string;
  /** Single-use: each refresh returns a new one and the old one stops working. */
  @ApiProperty()
  refreshToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;
  @ApiProperty({ type: UserDto })
  user: UserDto;
}

export class ForgotPasswordDto {
  @ApiProperty({ format: 'email', example: 'admin@corral.local' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto {
  /** The `token` of the link in the password reset or invite email. */
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  token: string;

  /** The new password: at least 8 characters. */
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsPassword()
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  /** At least 8 characters. */
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsPassword()
  newPassword: string;
}
