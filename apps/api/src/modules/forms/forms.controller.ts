import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { CreateFormDto, FormDto, FormEmbedDto, FormPageDto, ListFormsQueryDto, UpdateFormDto } from './dto/form.dto';
import { FormsService } from './forms.service';

@ApiTags('forms')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get()
  @ApiOperation({ summary: 'Signup forms with their submission counts (search by name; sort on name, createdAt, updatedAt)' })
  @ApiOkResponse({ type: FormPageDto })
  async list(@Query() query: ListFormsQueryDto): Promise<FormPageDto> {
    const page = await this.forms.list(query);
    return { ...page, data: page.data.map((row) => FormDto.from(row, this.forms.publicUrl)) };
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a signup form (fields from contact and custom fields, topics, tags, double opt-in)' })
  @ApiCreatedResponse({ type: FormDto })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateFormDto): Promise<FormDto> {
    return FormDto.from(await this.forms.create(user, dto), this.forms.publicUrl);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a signup form' })
  @ApiOkResponse({ type: FormDto })
  async get(@Param('id', uuidParam()) id: string): Promise<FormDto> {
    return FormDto.from(await this.forms.get(id), this.forms.publicUrl);
  }

  @Get(':id/embed')
  @ApiOperation({ summary: 'The embed snippet (plain HTML posting to the hosted endpoint) and the hosted page URL' })
  @ApiOkResponse({ type: FormEmbedDto })
  embed(@Param('id', uuidParam()) id: string): Promise<FormEmbedDto> {
    return this.forms.embed(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Change a signup form (fields present change)' })
  @ApiOkResponse({ type: FormDto })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateFormDto): Promise<FormDto> {
    return FormDto.from(await this.forms.update(id, dto), this.forms.publicUrl);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a signup form and its submissions (the consent ledger keeps its entries)' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.forms.remove(id);
  }
}
