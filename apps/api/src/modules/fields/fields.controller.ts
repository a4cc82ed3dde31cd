import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { CreateFieldDto, FieldDefinitionDto, ListFieldsQueryDto, UpdateFieldDto } from './dto/field.dto';
import { FieldsService } from './fields.service';

@ApiTags('fields')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('fields')
export class FieldsController {
  constructor(private readonly fields: FieldsService) {}

  @Get()
  @ApiOperation({ summary: 'Custom fields, of one object type or all, in display order' })
  @ApiOkResponse({ type: [FieldDefinitionDto] })
  async list(@Query() query: ListFieldsQueryDto): Promise<FieldDefinitionDto[]> {
    return (await this.fields.list(query.objectType)).map(FieldDefinitionDto.from);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a custom field' })
  @ApiOkResponse({ type: FieldDefinitionDto })
  async get(@Param('id', uuidParam()) id: string): Promise<FieldDefinitionDto> {
    return FieldDefinitionDto.from(await this.fields.get(id));
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a custom field (admins and managers; 409 when the key exists for the object type)' })
  @ApiCreatedResponse({ type: FieldDefinitionDto })
  @ApiConflictResponse({ description: 'A field of this object type has the key' })
  async create(@Body() dto: CreateFieldDto): Promise<FieldDefinitionDto> {
    return FieldDefinitionDto.from(await this.fields.create(dto));
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Change a custom field’s label, options, required, description or position (key and type cannot change)' })
  @ApiOkResponse({ type: FieldDefinitionDto })
  @ApiConflictResponse({ description: 'A removed option is still held by records (`recordCount` says how many)' })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateFieldDto): Promise<FieldDefinitionDto> {
    return FieldDefinitionDto.from(await this.fields.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Delete a custom field and every record’s value of it (409 while a view or workflow uses it, naming them)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The field is in use (`usedBy` names what uses it)' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.fields.remove(id);
  }
}
