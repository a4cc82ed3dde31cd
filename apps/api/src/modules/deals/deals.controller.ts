import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { AcceptsCustomFieldFilters, CUSTOM_FIELD_FILTERS_DOC, CustomFieldParams } from '../fields/custom-field-query';
import { DealsStatsService } from './deals-stats.service';
import { DealsService } from './deals.service';
import {
  CreateDealDto,
  DealDto,
  DealPageDto,
  DealStageHistoryDto,
  ListDealsQueryDto,
  MoveDealDto,
  UpdateDealDto,
} from './dto/deal.dto';
import { DealStatsDto, DealStatsQueryDto } from './dto/stats.dto';

@ApiTags('deals')
@ApiBearerAuth()
@ScopeArea('deals')
@Controller('deals')
export class DealsController {
  constructor(
    private readonly deals: DealsService,
    private readonly stats: DealsStatsService,
  ) {}

  @Get()
  @AcceptsCustomFieldFilters()
  @ApiOperation({ summary: 'List deals (members see only their own)', description: `Filters and sorts on ${CUSTOM_FIELD_FILTERS_DOC}.` })
  @ApiOkResponse({ type: DealPageDto })
  async list(@Query() query: ListDealsQueryDto, @CurrentUser() user: AuthUser, @CustomFieldParams() customFields: RawFieldFilter[]): Promise<DealPageDto> {
    const page = await this.deals.list(user, query, customFields);
    return { ...page, data: page.data.map(DealDto.from) };
  }

  @Get('stats')
  @ApiOperation({ summary: 'Pipeline value, average deal size, win rate and average time in each stage' })
  @ApiOkResponse({ type: DealStatsDto })
  async statistics(@Query() query: DealStatsQueryDto, @CurrentUser() user: AuthUser): Promise<DealStatsDto> {
    const filter = { ...query, caller: user };
    const [summary, timeInStages] = await Promise.all([this.stats.summary(filter), this.stats.timeInStages(filter)]);
    return { ...summary, timeInStages };
  }

  @Post()
  @ApiOperation({ summary: 'Create a deal (default pipeline and its first stage unless named)' })
  @ApiCreatedResponse({ type: DealDto })
  @ApiForbiddenResponse({ description: 'A member assigned the deal to someone else' })
  async create(@Body() dto: CreateDealDto, @CurrentUser() user: AuthUser): Promise<DealDto> {
    return DealDto.from(await this.deals.create(user, dto));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a deal' })
  @ApiOkResponse({ type: DealDto })
  async get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<DealDto> {
    return DealDto.from(await this.deals.get(user, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a deal; a new stageId or a won/lost status is a move (history, deal_stage_changed)' })
  @ApiOkResponse({ type: DealDto })
  @ApiForbiddenResponse({ description: 'A member assigned the deal to someone else' })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateDealDto, @CurrentUser() user: AuthUser): Promise<DealDto> {
    return DealDto.from(await this.deals.update(user, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a deal and its stage history' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.deals.remove(user, id);
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a deal on the board: to a stage of its pipeline, at an index within the column' })
  @ApiOkResponse({ type: DealDto })
  async move(@Param('id', uuidParam()) id: string, @Body() dto: MoveDealDto, @CurrentUser() user: AuthUser): Promise<DealDto> {
    return DealDto.from(await this.deals.move(user, id, dto));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'The deal’s stage history, oldest first' })
  @ApiOkResponse({ type: [DealStageHistoryDto] })
  history(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<DealStageHistoryDto[]> {
    return this.deals.history(user, id);
  }
}
