import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { API_SCOPES, ApiScope } from '../../../common/decorators/scope-area.decorator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import { USER_ROLES, UserRole } from '../../users/entities/user.entity';
import type { ApiKeyRow } from '../api-keys.repository';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const API_KEY_NAME_MAX = 100;

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  /** The key's public part (`crl_<prefix>_…`), to tell keys apart. */
  @ApiProperty()
  prefix: string;
  /** What the key sees and may do follows this role, as for a user of it. */
  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;
  @ApiProperty({ enum: API_SCOPES, isArray: true })
  scopes: ApiScope[];
  /** The member a member-role key acts as (it sees that member's contacts and deals); null for admin and manager keys. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId: string | null;
  @ApiProperty({ type: String, nullable: true })
  userName: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  /** Updated at most once a minute. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: string | null;

  static from(row: ApiKeyRow): ApiKeyDto {
    return {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      role: row.role,
      scopes: row.scopes,
      userId: row.role === 'member' ? row.userId : null,
      userName: row.role === 'member' ? row.userName : null,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    };
  }
}

/** The answer to creating a key: the only time `key` is ever shown. */
export class CreatedApiKeyDto extends PickType(ApiKeyDto, ['id', 'name', 'prefix', 'role', 'scopes', 'userId', 'createdAt', 'expiresAt']) {
  /** The key, to send as `Authorization: Bearer <key>`; shown this once, stored only as a keyed hash. */
  @ApiProperty({ example: 'crl_Ab3dE6gH_…' })
  key: string;

  static from(row: ApiKeyRow, key: string): CreatedApiKeyDto {
    const { id, name, prefix, role, scopes, userId, createdAt, expiresAt } = ApiKeyDto.from(row);
    return { id, name, prefix, role, scopes, userId, createdAt, expiresAt, key };
  }
}

export class ApiKeyPageDto extends PageDto(ApiKeyDto) {}

export class ListApiKeysQueryDto extends PickType(ListQueryDto, ['limit', 'offset']) {}

export class CreateApiKeyDto {
  /** Says who uses the key (e.g. "Zapier sync"); timelines show "via API key '<name>'". */
  @ApiProperty({ minLength: 1, maxLength: API_KEY_NAME_MAX })
  @Transform(trim)
  @MaxLength(API_KEY_NAME_MAX)
  @MinLength(1, { message: 'must not be empty' })
  @IsString({ message: 'must be a text' })
  name: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: `must be one of ${USER_ROLES.join(', ')}` })
  role: UserRole;

  /** At least one; GET/HEAD need `<area>:read`, other methods `<area>:write` (webhooks: `webhooks:write` for all). */
  @ApiProperty({ enum: API_SCOPES, isArray: true, minItems: 1 })
  @IsIn(API_SCOPES, { each: true, message: `must each be one of ${API_SCOPES.join(', ')}` })
  @ArrayUnique({ message: 'must not repeat a scope' })
  @ArrayMinSize(1, { message: 'must name at least one scope' })
  @IsArray({ message: 'must be a list of scopes' })
  scopes: ApiScope[];

  /** Required for a member-role key: the active member it acts as. Not allowed for other roles (they act as you). */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((dto: CreateApiKeyDto, value) => dto.role === 'member' || (value !== undefined && value !== null))
  @IsUUID('all', { message: 'must be the id of an active member (required for a member-role key)' })
  userId?: string | null;

  /** When the key stops working; must be in the future. Absent or null: never. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  expiresAt?: string | null;
}
