import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/decorators/auth.decorators';
import { ScopeArea } from '../../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../../common/pipes/uuid.pipe';
import { CreateSuppressionDto, SuppressionDto, SuppressionListQueryDto, SuppressionPageDto } from './suppression.dto';
import { SuppressionsService } from './suppressions.service';

@ApiTags('suppressions')
@ApiBearerAuth()
@Roles('admin', 'manager')
@ScopeArea('emails')
@Controller('suppressions')
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsService) {}

  @Get()
  @ApiOperation({ summary: 'List suppressed addresses (filter `reason`, search by address)' })
  @ApiOkResponse({ type: SuppressionPageDto })
  async list(@Query() query: SuppressionListQueryDto): Promise<SuppressionPageDto> {
    const page = await this.suppressions.list(query);
    return { ...page, data: page.data.map(SuppressionDto.from) };
  }

  @Post()
  @ApiOperation({ summary: 'Suppress an address (reason defaults to manual); 409 when already listed' })
  @ApiCreatedResponse({ type: SuppressionDto })
  @ApiConflictResponse({ description: 'The address is already on the list' })
  async create(@Body() dto: CreateSuppressionDto): Promise<SuppressionDto> {
    return SuppressionDto.from(await this.suppressions.create(dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an address from the list: it can be emailed again' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam()) id: string): Promise<void> {
    await this.suppressions.remove(id);
  }
}
