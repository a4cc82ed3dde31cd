import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ListAllExecutionsQueryDto, WorkflowExecutionDetailDto, WorkflowExecutionPageDto } from './dto/execution.dto';
import { WorkflowExecutionsService } from './workflow-executions.service';

@ApiTags('workflows')
@ApiBearerAuth()
@ScopeArea('automations')
@Controller('workflow-executions')
export class WorkflowExecutionsController {
  constructor(private readonly executions: WorkflowExecutionsService) {}

  @Get()
  @ApiOperation({ summary: 'List workflow executions, newest first, by workflow, contact (the contact page) or status; members see their contacts only' })
  @ApiOkResponse({ type: WorkflowExecutionPageDto })
  list(@Query() query: ListAllExecutionsQueryDto, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionPageDto> {
    return this.executions.listAll(query, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an execution with its step executions' })
  @ApiOkResponse({ type: WorkflowExecutionDetailDto })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    return this.executions.get(id, user);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an execution: pending steps are skipped (409 once it has ended)' })
  @ApiOkResponse({ type: WorkflowExecutionDetailDto })
  @ApiConflictResponse({ description: 'The execution has already ended' })
  cancel(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    return this.executions.cancel(id, user);
  }
}
