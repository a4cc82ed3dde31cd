import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { ListQueryDto } from '../../common/dto/pagination.dto';
import { validationProblem } from '../../common/filters/problem';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { AcceptsCustomFieldFilters, CUSTOM_FIELD_FILTERS_DOC, CustomFieldParams } from '../fields/custom-field-query';
import { ActivitiesService } from './activities.service';
import { ContactBulkService } from './contact-bulk.service';
import { ContactsService } from './contacts.service';
import { ContactExporter } from './contact-exporter';
import { CONTACT_BATCH_MAX, ContactBatchDto, ContactBatchResultDto } from './dto/contact-batch.dto';
import { ActivityDto, ActivityPageDto, CreateActivityDto } from './dto/activity.dto';
import {
  BulkAssignDto,
  BulkDeleteDto,
  BulkDeleteResultDto,
  BulkResultDto,
  BulkStatusDto,
  BulkTagsDto,
  ContactDto,
  ContactPageDto,
  CreateContactDto,
  ExportContactsQueryDto,
  ListContactsQueryDto,
  TagCountDto,
  TagCountsQueryDto,
  TagsDto,
  UpdateContactDto,
} from './dto/contact.dto';
import { TAG_MAX_LENGTH } from './tags';

@ApiTags('contacts')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly activities: ActivitiesService,
    private readonly exporter: ContactExporter,
    private readonly bulk: ContactBulkService,
  ) {}

  @Get()
  @AcceptsCustomFieldFilters()
  @ApiOperation({
    summary: 'List contacts: search (name, email), filters status, tag, companyId, assignedToId; sort on createdAt, updatedAt, firstName, lastName, email, status, companyName',
    description: `Filters and sorts on ${CUSTOM_FIELD_FILTERS_DOC}.`,
  })
  @ApiOkResponse({ type: ContactPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListContactsQueryDto, @CustomFieldParams() customFields: RawFieldFilter[]): Promise<ContactPageDto> {
    const page = await this.contacts.list(user, query, customFields);
    return { ...page, data: page.data.map(ContactDto.from) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a contact (409 when the email exists in any case; a member’s contacts are assigned to them)' })
  @ApiCreatedResponse({ type: ContactDto })
  @ApiConflictResponse({ description: 'A contact with this email exists (`existingContactId` names it when visible)' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactDto): Promise<ContactDto> {
    return ContactDto.from(await this.contacts.create(user, dto));
  }

  @Post('batch')
  @HttpCode(200)
  @ApiOperation({
    summary: `Create or update up to ${CONTACT_BATCH_MAX} contacts, matched by email; one result per item (an invalid item fails alone)`,
    description:
      'Each item is checked as `POST /api/contacts` checks its body. A matched contact is left as it is (`onDuplicate: skip`) or ' +
      'gets the fields the item sends (`update`). Written in chunks, each in one transaction with the events single writes give.',
  })
  @ApiOkResponse({ type: ContactBatchResultDto })
  upsertMany(@CurrentUser() user: AuthUser, @Body() dto: ContactBatchDto): Promise<ContactBatchResultDto> {
    return this.contacts.upsertMany(user, dto);
  }

  @Get('export')
  @AcceptsCustomFieldFilters()
  @ApiOperation({
    summary: 'Export the contacts matching the list filters, or the selected ones (`ids`), as CSV (streamed; formula-like cells escaped)',
    description: `Filters on ${CUSTOM_FIELD_FILTERS_DOC}.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: ExportContactsQueryDto,
    @CustomFieldParams() customFields: RawFieldFilter[],
    @Res() res: Response,
  ): Promise<void> {
    await this.exporter.export(await this.contacts.filterFor(user, query, customFields), res);
  }

  @Get('tags')
  @ApiOperation({ summary: 'Tags in use on the contacts you can see, most used first (at most 100)' })
  @ApiOkResponse({ type: [TagCountDto] })
  tags(@CurrentUser() user: AuthUser, @Query() query: TagCountsQueryDto): Promise<TagCountDto[]> {
    return this.contacts.tagCounts(user, query.search);
  }

  @Post('bulk/tags')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add tags to a selection (`contactIds`) or to every contact matching `filter` (the list’s query parameters)' })
  @ApiOkResponse({ type: BulkResultDto })
  @ApiNotFoundResponse({ description: 'A listed contact does not exist or is not visible to you (`detail` names them)' })
  async bulkTags(@CurrentUser() user: AuthUser, @Body() dto: BulkTagsDto): Promise<BulkResultDto> {
    return { updated: await this.bulk.addTags(user, dto, dto.tags) };
  }

  @Post('bulk/assign')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Assign a selection or every contact matching `filter` to a user, or unassign them (admins and managers)' })
  @ApiOkResponse({ type: BulkResultDto })
  @ApiNotFoundResponse({ description: 'A listed contact does not exist or is not visible to you (`detail` names them)' })
  async bulkAssign(@CurrentUser() user: AuthUser, @Body() dto: BulkAssignDto): Promise<BulkResultDto> {
    return { updated: await this.bulk.assign(user, dto, dto.assignedToId) };
  }

  @Post('bulk/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the status of a selection or of every contact matching `filter`' })
  @ApiOkResponse({ type: BulkResultDto })
  @ApiNotFoundResponse({ description: 'A listed contact does not exist or is not visible to you (`detail` names them)' })
  async bulkStatus(@CurrentUser() user: AuthUser, @Body() dto: BulkStatusDto): Promise<BulkResultDto> {
    return { updated: await this.bulk.setStatus(user, dto, dto.status) };
  }

  @Post('bulk/delete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a selection or every contact matching `filter`, with their activities (as the single delete: the contacts you can see)' })
  @ApiOkResponse({ type: BulkDeleteResultDto })
  @ApiNotFoundResponse({ description: 'A listed contact does not exist or is not visible to you (`detail` names them)' })
  async bulkDelete(@CurrentUser() user: AuthUser, @Body() dto: BulkDeleteDto): Promise<BulkDeleteResultDto> {
    return { deleted: await this.bulk.delete(user, dto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a contact' })
  @ApiOkResponse({ type: ContactDto })
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ContactDto> {
    return ContactDto.from(await this.contacts.getVisible(user, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update some fields of a contact (null clears an optional field)' })
  @ApiOkResponse({ type: ContactDto })
  @ApiConflictResponse({ description: 'Another contact has this email' })
  async update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: UpdateContactDto): Promise<ContactDto> {
    return ContactDto.from(await this.contacts.update(user, id, dto));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a contact (omitted optional fields are reset)' })
  @ApiOkResponse({ type: ContactDto })
  @ApiConflictResponse({ description: 'Another contact has this email' })
  async replace(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CreateContactDto): Promise<ContactDto> {
    return ContactDto.from(await this.contacts.replace(user, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contact and its activities' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.contacts.remove(user, id);
  }

  @Post(':id/tags')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add tags to a contact (tag_added fires once per tag it did not hold)' })
  @ApiOkResponse({ type: ContactDto })
  async addTags(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: TagsDto): Promise<ContactDto> {
    return ContactDto.from(await this.contacts.addTags(id, dto.tags, { actorId: user.id, visibleTo: user }));
  }

  @Delete(':id/tags/:tag')
  @ApiOperation({ summary: 'Remove a tag from a contact (removing a tag it does not hold changes nothing)' })
  @ApiOkResponse({ type: ContactDto })
  async removeTag(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('tag') tag: string): Promise<ContactDto> {
    if (!tag.trim() || tag.length > TAG_MAX_LENGTH) throw validationProblem([{ field: 'tag', message: `must be 1 to ${TAG_MAX_LENGTH} characters` }]);
    return ContactDto.from(await this.contacts.removeTag(id, tag, { actorId: user.id, visibleTo: user }));
  }

  @Get(':id/activities')
  @ApiOperation({ summary: 'A contact’s activity timeline, newest first (manual and system entries)' })
  @ApiOkResponse({ type: ActivityPageDto })
  async listActivities(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: ListQueryDto): Promise<ActivityPageDto> {
    if (query.sort || query.search) throw validationProblem([{ field: query.sort ? 'sort' : 'search', message: 'is not supported here: activities are newest first' }]);
    await this.contacts.getVisible(user, id);
    const page = await this.activities.list(id, query.limit, query.offset);
    return { data: page.data.map(ActivityDto.from), total: page.total, limit: query.limit, offset: query.offset };
  }

  @Post(':id/activities')
  @ApiOperation({ summary: 'Log a note, call, meeting, email or task on a contact' })
  @ApiCreatedResponse({ type: ActivityDto })
  async addActivity(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CreateActivityDto): Promise<ActivityDto> {
    await this.contacts.getVisible(user, id);
    const activity = await this.activities.record({ contactId: id, type: dto.type, title: dto.title, description: dto.description || null, actorId: user.id });
    return ActivityDto.from(await this.activities.getWithAuthor(activity.id));
  }
}
