import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardDto } from './dto/dashboard.dto';
import { DashboardQueryDto, PipelineBreakdownQueryDto, TimeSeriesQueryDto } from './dto/dashboard-query.dto';
import { PipelineBreakdownDto } from './dto/pipeline-breakdown.dto';
import { TimeSeriesDto } from './dto/time-series.dto';

@ApiTags('dashboard')
@ApiBearerAuth()
@ScopeArea('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({
    summary: 'Figures for contacts, deals, emails and workflows; time-based ones cover from–to (default this month)',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiBadRequestResponse({ description: 'from/to not a YYYY-MM-DD date, or from after to' })
  summary(@CurrentUser() user: AuthUser, @Query() query: DashboardQueryDto): Promise<DashboardDto> {
    return this.dashboard.summary(user, query);
  }

  @Get('timeseries')
  @ApiOperation({ summary: 'Per-day or per-week series for charts: contacts created, emails sent/opened/clicked, deals won' })
  @ApiOkResponse({ type: TimeSeriesDto })
  @ApiBadRequestResponse({ description: 'Bad from/to/interval, or daily buckets over more than 366 days' })
  timeSeries(@CurrentUser() user: AuthUser, @Query() query: TimeSeriesQueryDto): Promise<TimeSeriesDto> {
    return this.dashboard.timeSeries(user, query);
  }

  @Get('pipeline')
  @ApiOperation({
    summary: 'One pipeline stage by stage: deal count and value, average time in stage, win rate (default pipeline unless named)',
  })
  @ApiOkResponse({ type: PipelineBreakdownDto })
  @ApiBadRequestResponse({ description: 'Bad from/to, or pipelineId not a UUID' })
  @ApiNotFoundResponse({ description: 'No such pipeline' })
  pipeline(@CurrentUser() user: AuthUser, @Query() query: PipelineBreakdownQueryDto): Promise<PipelineBreakdownDto> {
    return this.dashboard.pipeline(user, query);
  }
}
