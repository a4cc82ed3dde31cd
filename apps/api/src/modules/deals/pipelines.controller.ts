import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { ListQueryDto } from '../../common/dto/pagination.dto';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { BoardService } from './board.service';
import { BoardDto } from './dto/board.dto';
import { BoardQueryDto } from './dto/deal.dto';
import { CreatePipelineDto, DeleteStageQueryDto, PipelineDto, PipelinePageDto, UpdatePipelineDto } from './dto/pipeline.dto';
import { PipelinesService, PipelineWithStages } from './pipelines.service';

const toDto = ({ pipeline, stages }: PipelineWithStages) => PipelineDto.from(pipeline, stages);

@ApiTags('pipelines')
@ApiBearerAuth()
@ScopeArea('deals')
@Controller('pipelines')
export class PipelinesController {
  constructor(
    private readonly pipelines: PipelinesService,
    private readonly boards: BoardService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List pipelines with their stages (default pipeline first)' })
  @ApiOkResponse({ type: PipelinePageDto })
  async list(@Query() query: ListQueryDto): Promise<PipelinePageDto> {
    const page = await this.pipelines.list(query);
    return { ...page, data: page.data.map(toDto) };
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a pipeline with its ordered stages (admins and managers)' })
  @ApiCreatedResponse({ type: PipelineDto })
  @ApiConflictResponse({ description: 'A pipeline with this name exists' })
  async create(@Body() dto: CreatePipelineDto, @CurrentUser() user: AuthUser): Promise<PipelineDto> {
    return toDto(await this.pipelines.create(user, dto));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a pipeline with its stages in order' })
  @ApiOkResponse({ type: PipelineDto })
  async get(@Param('id', uuidParam()) id: string): Promise<PipelineDto> {
    return toDto(await this.pipelines.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Update a pipeline; `stages` replaces the whole list (rename, reorder, add, drop empty stages)',
  })
  @ApiOkResponse({ type: PipelineDto })
  @ApiConflictResponse({ description: 'The name is taken, the last default would be unset, or a removed stage holds deals' })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdatePipelineDto): Promise<PipelineDto> {
    return toDto(await this.pipelines.update(id, dto));
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a pipeline that holds no deals and is not the default' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The pipeline is the default or holds deals' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.pipelines.remove(id);
  }

  @Delete(':id/stages/:stageId')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a stage; 409 while it holds deals unless moveDealsTo names the stage that takes them' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The stage holds deals and no moveDealsTo was given, or it is the last working stage' })
  async removeStage(
    @Param('id', uuidParam()) id: string,
    @Param('stageId', uuidParam('stageId')) stageId: string,
    @Query() query: DeleteStageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.pipelines.removeStage(user, id, stageId, query.moveDealsTo);
  }

  @Get(':id/board')
  @ApiOperation({ summary: 'Kanban board: stages in order, each with its open deals by position, count and totals' })
  @ApiOkResponse({ type: BoardDto })
  board(@Param('id', uuidParam()) id: string, @Query() query: BoardQueryDto, @CurrentUser() user: AuthUser): Promise<BoardDto> {
    return this.boards.board(user, id, query);
  }
}
