import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ListExecutionsQueryDto, RunWorkflowDto, RunWorkflowResultDto, WorkflowExecutionPageDto } from './dto/execution.dto';
import { CreateWorkflowDto, ListWorkflowsQueryDto, UpdateWorkflowDto, WorkflowDto, WorkflowPageDto } from './dto/workflow.dto';
import { WorkflowExecutionsService } from './workflow-executions.service';
import { WorkflowsService } from './workflows.service';

@ApiTags('workflows')
@ApiBearerAuth()
@ScopeArea('automations')
@Controller('workflows')
export class WorkflowsController {
  constructor(
    private readonly workflows: WorkflowsService,
    private readonly executions: WorkflowExecutionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List workflows with their steps and execution counts' })
  @ApiOkResponse({ type: WorkflowPageDto })
  list(@Query() query: ListWorkflowsQueryDto): Promise<WorkflowPageDto> {
    return this.workflows.list(query);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a workflow with its ordered steps (admins and managers)' })
  @ApiCreatedResponse({ type: WorkflowDto })
  create(@Body() dto: CreateWorkflowDto, @CurrentUser() user: AuthUser): Promise<WorkflowDto> {
    return this.workflows.create(dto, user.id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a workflow with its steps and execution counts' })
  @ApiOkResponse({ type: WorkflowDto })
  get(@Param('id', uuidParam()) id: string): Promise<WorkflowDto> {
    return this.workflows.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a workflow; `steps`, when sent, replaces the whole step list (admins and managers)' })
  @ApiOkResponse({ type: WorkflowDto })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateWorkflowDto): Promise<WorkflowDto> {
    return this.workflows.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a workflow and its execution history; its running executions stop (admins and managers)' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.workflows.remove(id);
  }

  @Post(':id/run')
  @HttpCode(202)
  @ApiOperation({ summary: 'Enrol contacts in an active workflow now (manual trigger); contacts already in it are reported as skipped' })
  @ApiAcceptedResponse({ type: RunWorkflowResultDto })
  @ApiConflictResponse({ description: 'The workflow is inactive' })
  run(@Param('id', uuidParam()) id: string, @Body() dto: RunWorkflowDto, @CurrentUser() user: AuthUser): Promise<RunWorkflowResultDto> {
    return this.executions.run(id, dto.contactIds, user);
  }

  @Get(':id/executions')
  @ApiOperation({ summary: 'List the executions of a workflow, newest first (members see their contacts only)' })
  @ApiOkResponse({ type: WorkflowExecutionPageDto })
  executionsOf(
    @Param('id', uuidParam()) id: string,
    @Query() query: ListExecutionsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WorkflowExecutionPageDto> {
    return this.executions.listForWorkflow(id, query, user);
  }
}
