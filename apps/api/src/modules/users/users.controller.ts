import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { ListQueryDto } from '../../common/dto/pagination.dto';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

/**
 * User management; `POST /api/users` (create or invite) and `PATCH /api/users/:id` (which may set a
 * password, ending sessions and links) are UserAccountsController's, in the auth module.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'List users (admins and managers; managers need it to assign records)' })
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() query: ListQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(query);
    return { ...page, data: page.data.map(UserDto.from) };
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a user; their contacts and deals become unassigned (admin)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'You cannot delete yourself or the last admin' })
  async remove(@Param('id', uuidParam()) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.users.remove(id, user.id);
  }
}
