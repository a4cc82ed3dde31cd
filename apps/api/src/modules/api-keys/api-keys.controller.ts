import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto, ListApiKeysQueryDto } from './dto/api-key.dto';

/** No @ScopeArea: keys are managed by signed-in admins only, never with a key. */
@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an API key (admin); the answer holds the key itself, shown this once',
    description:
      'Send the key as `Authorization: Bearer <key>`. Admin and manager keys act as you; a member key acts as the member ' +
      '`userId` names and sees only what that member sees. Stored as HMAC-SHA256 keyed by a secret derived from JWT_SECRET.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const { row, key } = await this.apiKeys.create(user, dto);
    return CreatedApiKeyDto.from(row, key);
  }

  @Get()
  @ApiOperation({ summary: 'API keys not revoked, newest first (never the key itself)' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  async list(@Query() query: ListApiKeysQueryDto): Promise<ApiKeyPageDto> {
    const { rows, total } = await this.apiKeys.page(query.limit, query.offset);
    return { data: rows.map(ApiKeyDto.from), total, limit: query.limit, offset: query.offset };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key: its next request gets 401' })
  @ApiNoContentResponse()
  async revoke(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.apiKeys.revoke(id);
  }
}
