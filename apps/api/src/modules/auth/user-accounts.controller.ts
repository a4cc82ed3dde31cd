import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { uuidParam } from '../../common/pipes/uuid.pipe';
import { CreateUserDto, UpdateUserDto, UserDto } from '../users/dto/user.dto';
import { AccountsService } from './accounts.service';

/**
 * `POST /api/users` lives here rather than in UsersController: an invite sends an email, and the
 * users module cannot reach the mail path (emails → contacts → users would be a cycle). `PATCH`
 * too: a password set there ends the user's sessions and links, which are this module's.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UserAccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Create a user (admin); without `password`, invite them: they get an email with a link, valid 7 days, to choose it',
  })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'A user with this email exists' })
  @ApiBadGatewayResponse({ description: 'The SMTP server refused the invite email; nothing was created' })
  async create(@Body() dto: CreateUserDto): Promise<UserDto> {
    return UserDto.from(await this.accounts.createUser(dto));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    // The name it had while UsersController served it: clients generated from the document keep working.
    operationId: 'Users_update',
    summary: 'Update a user: name, email, role, password or active flag (admin); a new password ends their sessions and open invite or reset links',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The email is taken, or the change would leave no active admin (or deactivate yourself)' })
  async update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser): Promise<UserDto> {
    return UserDto.from(await this.accounts.updateUser(id, dto, user));
  }
}
