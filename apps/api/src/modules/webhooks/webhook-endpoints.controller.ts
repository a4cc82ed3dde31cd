import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  ListWebhookDeliveriesQueryDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookEndpointDto,
  WebhookEndpointListDto,
  WebhookSecretDto,
} from './dto/webhook-endpoint.dto';
import { WebhookEndpointsService } from './webhook-endpoints.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@ScopeArea('webhooks')
@Roles('admin')
@Controller()
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Get('webhook-endpoints')
  @ApiOperation({ summary: 'List webhook endpoints (never their secrets)' })
  @ApiOkResponse({ type: WebhookEndpointListDto })
  async list(): Promise<WebhookEndpointListDto> {
    return { data: (await this.endpoints.list()).map(WebhookEndpointDto.from) };
  }

  @Post('webhook-endpoints')
  @ApiOperation({ summary: 'Create a webhook endpoint; the answer holds its signing secret, shown this once (400 naming `url` for a non-public address)' })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointDto })
  async create(@Body() dto: CreateWebhookEndpointDto, @CurrentUser() user: AuthUser): Promise<CreatedWebhookEndpointDto> {
    const endpoint = await this.endpoints.create(dto, user);
    return { ...WebhookEndpointDto.from(endpoint), secret: endpoint.secret };
  }

  @Get('webhook-endpoints/:id')
  @ApiOperation({ summary: 'Get a webhook endpoint' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  async get(@Param('id', uuidParam()) id: string): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(await this.endpoints.get(id));
  }

  @Patch('webhook-endpoints/:id')
  @ApiOperation({ summary: 'Update a webhook endpoint (isActive true turns a disabled one back on)' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(await this.endpoints.update(id, dto));
  }

  @Delete('webhook-endpoints/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint and its delivery log' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.endpoints.remove(id);
  }

  @Post('webhook-endpoints/:id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the answer holds the new one, shown this once' })
  @ApiOkResponse({ type: WebhookSecretDto })
  async rotateSecret(@Param('id', uuidParam()) id: string): Promise<WebhookSecretDto> {
    return { secret: await this.endpoints.rotateSecret(id) };
  }

  @Post('webhook-endpoints/:id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a `ping` event to this endpoint only; answers the delivery after its first attempt' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  async test(@Param('id', uuidParam()) id: string): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.endpoints.test(id));
  }

  @Get('webhook-endpoints/:id/deliveries')
  @ApiOperation({ summary: 'The endpoint’s deliveries, newest first (filter by status)' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  async deliveries(@Param('id', uuidParam()) id: string, @Query() query: ListWebhookDeliveriesQueryDto): Promise<WebhookDeliveryPageDto> {
    const { rows, total } = await this.endpoints.listDeliveries(id, query);
    return { data: rows.map(WebhookDeliveryDto.from), total, limit: query.limit, offset: query.offset };
  }

  @Post('webhook-deliveries/:id/redeliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Attempt a delivery again now, with the same webhook-id; answers it after the attempt' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  async redeliver(@Param('id', uuidParam()) id: string): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.endpoints.redeliver(id));
  }
}
