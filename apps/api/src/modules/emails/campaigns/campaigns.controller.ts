import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../../common/decorators/auth.decorators';
import { ScopeArea } from '../../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../../common/pipes/uuid.pipe';
import {
  AudienceDto,
  AudienceQueryDto,
  CampaignDto,
  CampaignLinkStatsDto,
  CampaignListQueryDto,
  CampaignPageDto,
  CampaignStatsDto,
  CampaignTimelineDto,
  CreateCampaignDto,
  EmailLogListQueryDto,
  EmailLogPageDto,
  ExplainQueryDto,
  RecipientExplanationDto,
  UnsubscribeReasonCountDto,
  UpdateCampaignDto,
} from './campaign.dto';
import { CampaignsService } from './campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @ApiOperation({ summary: 'List campaigns with their status and stats (filter `status`, search by name)' })
  @ApiOkResponse({ type: CampaignPageDto })
  list(@Query() query: CampaignListQueryDto): Promise<CampaignPageDto> {
    return this.campaigns.list(query);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a draft campaign' })
  @ApiCreatedResponse({ type: CampaignDto })
  create(@Body() dto: CreateCampaignDto, @CurrentUser() user: AuthUser): Promise<CampaignDto> {
    return this.campaigns.create(dto, user);
  }

  @Post('audience')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Count the audience of a segment filter before saving it (the builder’s live count)' })
  @ApiOkResponse({ type: AudienceDto })
  async audienceFor(@Body() dto: AudienceQueryDto): Promise<AudienceDto> {
    return this.campaigns.audienceFor(dto.segmentFilter, dto.segmentIds, dto.excludeSegmentIds, dto.topicId ?? null);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a campaign with its stats' })
  @ApiOkResponse({ type: CampaignDto })
  get(@Param('id', uuidParam()) id: string): Promise<CampaignDto> {
    return this.campaigns.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a draft or scheduled campaign (409 once it has started)' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'The campaign has started: it can no longer be edited' })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft, sent or cancelled campaign with its logs (409 while scheduled, sending or paused)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The campaign is scheduled, sending or paused: cancel it first' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.campaigns.remove(id);
  }

  @Get(':id/audience')
  @ApiOperation({ summary: 'How many contacts the campaign would reach now (archived and suppressed excluded)' })
  @ApiOkResponse({ type: AudienceDto })
  async audience(@Param('id', uuidParam()) id: string): Promise<AudienceDto> {
    return this.campaigns.audience(id);
  }

  @Get(':id/recipients/explain')
  @ApiOperation({ summary: 'Why an address is or is not in the audience: live before sending, as recorded once the audience is frozen' })
  @ApiOkResponse({ type: RecipientExplanationDto })
  explain(@Param('id', uuidParam()) id: string, @Query() query: ExplainQueryDto, @CurrentUser() user: AuthUser): Promise<RecipientExplanationDto> {
    return this.campaigns.explain(id, query.email, user);
  }

  @Post(':id/send')
  @Roles('admin', 'manager')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a draft: `scheduled` when scheduledAt is in the future, otherwise `sending` at once (409 unless draft)' })
  @ApiAcceptedResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'The campaign is not a draft (for example, sent already)' })
  send(@Param('id', uuidParam()) id: string): Promise<CampaignDto> {
    return this.campaigns.send(id);
  }

  @Post(':id/pause')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause a scheduled or sending campaign (409 otherwise)' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'The campaign is neither scheduled nor sending' })
  pause(@Param('id', uuidParam()) id: string): Promise<CampaignDto> {
    return this.campaigns.pause(id);
  }

  @Post(':id/resume')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused campaign (409 otherwise)' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'The campaign is not paused' })
  resume(@Param('id', uuidParam()) id: string): Promise<CampaignDto> {
    return this.campaigns.resume(id);
  }

  @Post(':id/cancel')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a scheduled, sending or paused campaign; unsent emails are dropped (409 otherwise)' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiConflictResponse({ description: 'The campaign is neither scheduled, sending nor paused' })
  cancel(@Param('id', uuidParam()) id: string): Promise<CampaignDto> {
    return this.campaigns.cancel(id);
  }

  @Get(':id/stats')
  @ApiOperation({ summary: 'Counters derived from the email logs; opened/clicked are unique, rates are fractions of sent' })
  @ApiOkResponse({ type: CampaignStatsDto })
  stats(@Param('id', uuidParam()) id: string): Promise<CampaignStatsDto> {
    return this.campaigns.stats(id);
  }

  @Get(':id/logs')
  @ApiOperation({ summary: 'The campaign’s email logs (filter `status`, search by address or name); members see their contacts only' })
  @ApiOkResponse({ type: EmailLogPageDto })
  logs(@Param('id', uuidParam()) id: string, @Query() query: EmailLogListQueryDto, @CurrentUser() user: AuthUser): Promise<EmailLogPageDto> {
    return this.campaigns.logs(id, query, user);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Sends, first opens and first clicks per minute, hour or day (for the report chart)' })
  @ApiOkResponse({ type: CampaignTimelineDto })
  timeline(@Param('id', uuidParam()) id: string): Promise<CampaignTimelineDto> {
    return this.campaigns.timeline(id);
  }

  @Get(':id/unsubscribe-reasons')
  @ApiOperation({ summary: 'What the unsubscribe page’s optional question was answered, counted per reason' })
  @ApiOkResponse({ type: [UnsubscribeReasonCountDto] })
  unsubscribeReasons(@Param('id', uuidParam()) id: string): Promise<UnsubscribeReasonCountDto[]> {
    return this.campaigns.unsubscribeReasons(id);
  }

  @Get(':id/links')
  @ApiOperation({ summary: 'Clicked links with the number of recipients who clicked each' })
  @ApiOkResponse({ type: [CampaignLinkStatsDto] })
  links(@Param('id', uuidParam()) id: string): Promise<CampaignLinkStatsDto[]> {
    return this.campaigns.links(id);
  }
}
