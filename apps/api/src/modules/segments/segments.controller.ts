import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { ListQueryDto } from '../../common/dto/pagination.dto';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { ContactDto, ContactPageDto } from '../contacts/dto/contact.dto';
import { CreateSegmentDto, SegmentCountDto, SegmentCountQueryDto, SegmentDefinitionCountDto, SegmentDto, SegmentPageDto, UpdateSegmentDto } from './dto/segment.dto';
import { SegmentsService } from './segments.service';

@ApiTags('segments')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get()
  @ApiOperation({ summary: 'List segments (search by name; sort name, createdAt, updatedAt)' })
  @ApiOkResponse({ type: SegmentPageDto })
  list(@Query() query: ListQueryDto): Promise<SegmentPageDto> {
    return this.segments.list(query);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a segment (400 naming the path of a condition that does not fit its field, or a cycle)' })
  @ApiCreatedResponse({ type: SegmentDto })
  create(@Body() dto: CreateSegmentDto, @CurrentUser() user: AuthUser): Promise<SegmentDto> {
    return this.segments.create(dto, user);
  }

  @Post('count')
  @HttpCode(200)
  @ApiOperation({ summary: 'Count the contacts of an unsaved definition (the builder’s live count), among those the caller may see' })
  @ApiOkResponse({ type: SegmentDefinitionCountDto })
  async countDefinition(@Body() dto: SegmentCountQueryDto, @CurrentUser() user: AuthUser): Promise<SegmentDefinitionCountDto> {
    const { count, sample } = await this.segments.countDefinition(dto.definition, user);
    return { count, sample: sample.map(ContactDto.from) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a segment' })
  @ApiOkResponse({ type: SegmentDto })
  get(@Param('id', uuidParam()) id: string): Promise<SegmentDto> {
    return this.segments.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a segment (its campaigns not sent yet will use the new definition)' })
  @ApiOkResponse({ type: SegmentDto })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateSegmentDto): Promise<SegmentDto> {
    return this.segments.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a segment (409 naming the campaigns not sent yet and the segments that use it)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'A campaign not sent yet or another segment uses it (`usedBy` names them)' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.segments.remove(id);
  }

  @Get(':id/count')
  @ApiOperation({ summary: 'How many contacts the segment holds now, among those the caller may see' })
  @ApiOkResponse({ type: SegmentCountDto })
  async count(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<SegmentCountDto> {
    return { count: await this.segments.count(id, user) };
  }

  @Get(':id/contacts')
  @ApiOperation({ summary: 'The segment’s contacts now, as the contact list (the caller’s visibility applies)' })
  @ApiOkResponse({ type: ContactPageDto })
  async contacts(@Param('id', uuidParam()) id: string, @Query() query: ListQueryDto, @CurrentUser() user: AuthUser): Promise<ContactPageDto> {
    const page = await this.segments.contactsOf(id, query, user);
    return { ...page, data: page.data.map(ContactDto.from) };
  }
}
