import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/decorators/auth.decorators';
import { ScopeArea } from '../../common/decorators/scope-area.decorator';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { CreateSavedViewDto, ListSavedViewsQueryDto, SavedViewDto, SavedViewPageDto, UpdateSavedViewDto } from './dto/saved-view.dto';
import { ViewsService } from './views.service';

@ApiTags('views')
@ApiBearerAuth()
@ScopeArea('contacts')
@Controller('views')
export class ViewsController {
  constructor(private readonly views: ViewsService) {}

  @Get()
  @ApiOperation({ summary: 'Saved list views: your own and the shared ones (search by name; sort on name, createdAt, updatedAt)' })
  @ApiOkResponse({ type: SavedViewPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListSavedViewsQueryDto): Promise<SavedViewPageDto> {
    const page = await this.views.list(user, query);
    return { ...page, data: page.data.map(SavedViewDto.from) };
  }

  @Post()
  @ApiOperation({ summary: 'Save a view of a list (its filters, sort and columns), private unless shared' })
  @ApiCreatedResponse({ type: SavedViewDto })
  @ApiConflictResponse({ description: 'You have a view of this list with the same name (ignoring case)' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateSavedViewDto): Promise<SavedViewDto> {
    return SavedViewDto.from(await this.views.create(user, dto));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a saved view (yours or a shared one)' })
  @ApiOkResponse({ type: SavedViewDto })
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<SavedViewDto> {
    return SavedViewDto.from(await this.views.get(user, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, share or change a view (its owner, or an admin)' })
  @ApiOkResponse({ type: SavedViewDto })
  @ApiForbiddenResponse({ description: 'A shared view of another user (only its owner or an admin changes it)' })
  @ApiNotFoundResponse({ description: 'No such view, or a private view of another user' })
  @ApiConflictResponse({ description: 'You have a view of this list with the same name (ignoring case)' })
  async update(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: UpdateSavedViewDto): Promise<SavedViewDto> {
    return SavedViewDto.from(await this.views.update(user, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a view (its owner, or an admin)' })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'A shared view of another user (only its owner or an admin deletes it)' })
  @ApiNotFoundResponse({ description: 'No such view, or a private view of another user' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    await this.views.remove(user, id);
  }
}
