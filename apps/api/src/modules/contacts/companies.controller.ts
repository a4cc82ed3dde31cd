import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { AcceptsCustomFieldFilters, CUSTOM_FIELD_FILTERS_DOC, CustomFieldParams } from '../fields/custom-field-query';
import { CompaniesService } from './companies.service';
import { CompanyDetailDto, CompanyPageDto, CreateCompanyDto, ListCompaniesQueryDto, UpdateCompanyDto } from './dto/company.dto';

@ApiTags('companies')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @AcceptsCustomFieldFilters()
  @ApiOperation({
    summary: 'List companies: search (name, domain), filter industry; sort on name, createdAt, updatedAt, industry, contactCount',
    description: `Filters and sorts on ${CUSTOM_FIELD_FILTERS_DOC}.`,
  })
  @ApiOkResponse({ type: CompanyPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListCompaniesQueryDto, @CustomFieldParams() customFields: RawFieldFilter[]): Promise<CompanyPageDto> {
    return this.companies.list(user, query, customFields);
  }

  @Get('industries')
  @ApiOperation({ summary: 'Industries in use, for filters' })
  @ApiOkResponse({ type: [String] })
  industries(): Promise<string[]> {
    return this.companies.industries();
  }

  @Post()
  @ApiOperation({ summary: 'Create a company (409 when the name exists in any case)' })
  @ApiCreatedResponse({ type: CompanyDetailDto })
  @ApiConflictResponse({ description: 'A company with this name exists' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCompanyDto): Promise<CompanyDetailDto> {
    return this.companies.create(user, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a company with the counts of its (visible) contacts' })
  @ApiOkResponse({ type: CompanyDetailDto })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CompanyDetailDto> {
    return this.companies.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a company' })
  @ApiOkResponse({ type: CompanyDetailDto })
  @ApiConflictResponse({ description: 'A company with this name exists' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: UpdateCompanyDto): Promise<CompanyDetailDto> {
    return this.companies.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Delete a company; its contacts stay, without company (admins and managers)' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.companies.remove(id);
  }
}
