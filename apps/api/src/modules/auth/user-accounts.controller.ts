import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/decorators/auth.decorators';
import { CreateUserDto, UserDto } from '../users/dto/user.dto';
import { AccountsService } from './accounts.service';

/**
 * `POST /api/users` lives here rather than in UsersController: an invite sends an email, and the
 * users module cannot reach the mail path (emails → contacts → users would be a cycle).
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
}
