import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadGatewayResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../../common/decorators/auth.decorators';
import { ScopeArea } from '../../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../../common/pipes/uuid.pipe';
import {
  CreateTemplateDto,
  MergeTagDto,
  PreviewDraftDto,
  PreviewTemplateDto,
  SendTestEmailDto,
  SendTestResultDto,
  TemplateDto,
  TemplateListQueryDto,
  TemplatePageDto,
  TemplatePreviewDto,
  TemplateSummaryDto,
  UpdateTemplateDto,
} from './template.dto';
import { TemplatesService } from './templates.service';

@ApiTags('templates')
@ApiBearerAuth()
@ScopeArea('emails')
@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'List email templates (search by name or subject)' })
  @ApiOkResponse({ type: TemplatePageDto })
  async list(@Query() query: TemplateListQueryDto): Promise<TemplatePageDto> {
    const page = await this.templates.list(query);
    return { ...page, data: page.data.map(TemplateSummaryDto.from) };
  }

  @Get('merge-tags')
  @ApiOperation({ summary: 'The merge tags templates can use (for the editor’s picker), custom fields’ `{{contact.custom.<key>}}` and `{{company.custom.<key>}}` included' })
  @ApiOkResponse({ type: [MergeTagDto] })
  mergeTags(): Promise<MergeTagDto[]> {
    return this.templates.mergeTags();
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render unsaved template content for a contact (or a sample one): the editor’s live preview' })
  @ApiOkResponse({ type: TemplatePreviewDto })
  previewDraft(@Body() dto: PreviewDraftDto, @CurrentUser() user: AuthUser): Promise<TemplatePreviewDto> {
    return this.templates.previewDraft(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a template with its bodies and merge-tag warnings' })
  @ApiOkResponse({ type: TemplateDto })
  async get(@Param('id', uuidParam()) id: string): Promise<TemplateDto> {
    return TemplateDto.from(await this.templates.get(id), await this.templates.customFieldKeys());
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create a template; 400 naming the line when it does not compile, warnings for unknown tags' })
  @ApiCreatedResponse({ type: TemplateDto })
  async create(@Body() dto: CreateTemplateDto, @CurrentUser() user: AuthUser): Promise<TemplateDto> {
    return TemplateDto.from(await this.templates.create(dto, user), await this.templates.customFieldKeys());
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Update a template (running campaigns keep the version they started with)' })
  @ApiOkResponse({ type: TemplateDto })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateTemplateDto): Promise<TemplateDto> {
    return TemplateDto.from(await this.templates.update(id, dto), await this.templates.customFieldKeys());
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a template; 409 while a campaign uses it' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The template is used by a campaign or a workflow' })
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.templates.remove(id);
  }

  @Post(':id/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render the template for a contact (or a sample one)' })
  @ApiOkResponse({ type: TemplatePreviewDto })
  preview(@Param('id', uuidParam()) id: string, @Body() dto: PreviewTemplateDto, @CurrentUser() user: AuthUser): Promise<TemplatePreviewDto> {
    return this.templates.preview(id, dto.contactId, user);
  }

  @Post(':id/send-test')
  @Roles('admin', 'manager')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the rendered template to an address, untracked; 502 when SMTP refuses it' })
  @ApiAcceptedResponse({ type: SendTestResultDto })
  @ApiBadGatewayResponse({ description: 'The SMTP server refused the test email' })
  sendTest(@Param('id', uuidParam()) id: string, @Body() dto: SendTestEmailDto, @CurrentUser() user: AuthUser): Promise<SendTestResultDto> {
    return this.templates.sendTest(id, dto, user);
  }
}
