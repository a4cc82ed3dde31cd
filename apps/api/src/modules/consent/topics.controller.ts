import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { CreateTopicDto, TopicDto, UpdateTopicDto } from './dto/topic.dto';
import { TopicsService } from './topics.service';

@ApiTags('topics')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @ApiOperation({ summary: 'Every topic, by name' })
  @ApiOkResponse({ type: [TopicDto] })
  list(): Promise<TopicDto[]> {
    return this.topics.list();
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a topic (409 when another has the name, ignoring case)' })
  @ApiCreatedResponse({ type: TopicDto })
  @ApiConflictResponse({ description: 'Another topic has this name' })
  create(@Body() dto: CreateTopicDto): Promise<TopicDto> {
    return this.topics.create(dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a topic' })
  @ApiOkResponse({ type: TopicDto })
  get(@Param('id', uuidParam()) id: string): Promise<TopicDto> {
    return this.topics.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a topic (turning on requiresOptIn stops its emails to contacts who never subscribed)' })
  @ApiOkResponse({ type: TopicDto })
  @ApiConflictResponse({ description: 'Another topic has this name' })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateTopicDto): Promise<TopicDto> {
    return this.topics.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a topic (409 naming the campaigns and forms that use it); subscriptions to it go, the consent history keeps its id' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'A campaign or form uses it (`usedBy` names them)' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.topics.remove(id);
  }
}
