import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ListAllExecutionsQueryDto, ListExecutionsQueryDto, WorkflowExecutionDetailDto, WorkflowExecutionPageDto } from './dto/execution.dto';
import { WorkflowExecutionsService } from './workflow-executions.service';

@ApiTags('workflows')
@ApiBearerAuth()
@Controller()
export class WorkflowExecutionsController {
  constructor(private readonly executions: WorkflowExecutionsService) {}

  @Get('workflow-executions')
  @ApiOperation({ summary: 'List workflow executions, newest first, filtered by workflow, contact or status (members see their contacts only)' })
  @ApiOkResponse({ type: WorkflowExecutionPageDto })
  list(@Query() query: ListAllExecutionsQueryDto, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionPageDto> {
    return this.executions.listAll(query, user);
  }

  @Get('workflow-executions/:id')
  @ApiOperation({ summary: 'Get an execution with its step executions' })
  @ApiOkResponse({ type: WorkflowExecutionDetailDto })
  get(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    return this.executions.get(id, user);
  }

  @Post('workflow-executions/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an execution: pending steps are skipped (409 once it has ended)' })
  @ApiOkResponse({ type: WorkflowExecutionDetailDto })
  cancel(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    return this.executions.cancel(id, user);
  }

  @Get('contacts/:id/workflow-executions')
  @ApiOperation({ summary: 'List the workflow executions of a contact, newest first' })
  @ApiOkResponse({ type: WorkflowExecutionPageDto })
  forContact(
    @Param('id', uuidParam()) id: string,
    @Query() query: ListExecutionsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WorkflowExecutionPageDto> {
    return this.executions.listForContact(id, query, user);
  }
}
