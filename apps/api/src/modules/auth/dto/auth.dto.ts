import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';

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
  @ApiProperty({ minLength: 8, maxLength: 200 })
  @IsString()
  @MinLength(8, { message: 'must be at least 8 characters' })
  @MaxLength(200)
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
