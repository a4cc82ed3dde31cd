import { Body, Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { LoginRateLimit } from './login-throttler.guard';
import { AuthUser, CurrentUser, Public } from '../../common/decorators/auth.decorators';
import { UserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto, ForgotPasswordDto, LoginDto, RefreshDto, RegisterDto, ResetPasswordDto, TokenPairDto } from './dto/auth.dto';
import { LoginAccountLimitInterceptor } from './login-account-limit.interceptor';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly users: UsersService,
  ) {}

  @Post('register')
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Register: open for the first user (who becomes admin) or when ALLOW_SIGNUP=true' })
  @ApiCreatedResponse({ type: TokenPairDto })
  @ApiForbiddenResponse({ description: 'Sign-up is closed (there are users and ALLOW_SIGNUP is not true), or the email is taken' })
  register(@Body() dto: RegisterDto): Promise<TokenPairDto> {
    return this.auth.register(dto);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @LoginRateLimit(
    'Too many attempts from this address for this email (LOGIN_RATE_LIMIT per minute), or too many failed logins for this ' +
      'account from all addresses (LOGIN_ACCOUNT_RATE_LIMIT per 15 minutes); `Retry-After` gives the seconds to wait',
  )
  @UseInterceptors(LoginAccountLimitInterceptor)
  @ApiOperation({ summary: 'Log in with email and password' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or the account is deactivated' })
  login(@Body() dto: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(dto);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; the old refresh token stops working' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'The refresh token is invalid, expired or already used' })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a refresh token' })
  @ApiNoContentResponse()
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Post('forgot-password')
  @Public()
  @HttpCode(202)
  @LoginRateLimit('Too many requests from this address for this email; wait a minute')
  @ApiOperation({
    summary: 'Email a password reset link (valid 1 hour, used once) to this address when it has an account; the answer is the same for every address',
  })
  @ApiAcceptedResponse({
    description:
      'Accepted; an email follows if the address has an active account and was not sent one in the last minute ' +
      '(at most five an hour per account, whichever addresses ask)',
  })
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    await this.accounts.forgotPassword(dto.email);
  }

  @Post('reset-password')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a password with the token of a reset or invite link; ends every session of the user' })
  @ApiNoContentResponse({ description: 'The password is set; log in with it' })
  @ApiBadRequestResponse({ description: 'The token is invalid, expired or used (field `token`), or the password too short (field `password`)' })
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.accounts.resetPassword(dto);
  }

  @Post('change-password')
  @ApiBearerAuth()
  @HttpCode(204)
  @LoginRateLimit('Too many attempts from this address; wait a minute')
  @ApiOperation({ summary: 'Change your password; every other session of yours ends, this one stays signed in' })
  @ApiNoContentResponse({ description: 'The password is changed' })
  @ApiBadRequestResponse({ description: 'The current password is wrong (field `currentPassword`) or the new one too short (field `newPassword`)' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.accounts.changePassword(user, dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user' })
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return UserDto.from(await this.users.getById(user.id));
  }
}
