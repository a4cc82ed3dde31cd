import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { EmailSendError } from '../emails/sending/email-errors';
import { TransactionalEmailService } from '../emails/sending/transactional-email.service';
import { CreateUserDto, UpdateUserDto } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { inviteEmail, inviteLink, passwordResetEmail, resetLink } from './account-emails';
import { AuthService } from './auth.service';
import { ChangePasswordDto, ResetPasswordDto } from './dto/auth.dto';
import { LoginAccountLimiter } from './login-account-limiter';
import { PasswordTokensService } from './password-tokens.service';
import { ResetEmailLimiter } from './reset-email-limiter';

/** Passwords a user sets themselves: forgotten, reset, changed, or chosen from an invite. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly tokens: PasswordTokensService,
    private readonly mail: TransactionalEmailService,
    private readonly accountLimiter: LoginAccountLimiter,
    private readonly resetLimiter: ResetEmailLimiter,
  ) {}

  /**
   * Emails a reset link when the address belongs to an active user (invited ones included: an
   * expired invite is recovered this way). The caller answers the same for every address, and the
   * link is created and sent after the answer, so neither the answer nor its timing tells whether
   * the account exists. A failed send is logged; the user can ask again. Past the per-account
   * cooldown (ResetEmailLimiter) nothing is sent, silently: rotating addresses cannot flood an inbox.
   */
  async forgotPassword(email: string): Promise<void> {
    const user = await this.users.findForLogin(email);
    if (!user || !user.isActive) return;
    void this.sendReset(user).catch((error: unknown) =>
      this.logger.warn(`The password reset email to user ${user.id} was not sent: ${(error as Error).message}`),
    );
  }

  private async sendReset(user: User): Promise<void> {
    if (!(await this.resetLimiter.take(user.id))) return;
    const secret = await this.tokens.issue(user.id, 'reset');
    await this.mail.send({ to: user.email, ...passwordResetEmail(user.name, resetLink(this.config.publicUrl, secret, user.email)) });
  }

  /** Sets the password from a reset or invite link, used once; ends every session of the user. */
  async resetPassword(dto: ResetPasswordDto): Promise<void> {
    const user = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(dto.token, manager);
      const owner = userId ? await this.users.findById(userId, manager) : null;
      // A deactivated user's link must not reactivate their access; rolling back leaves it unused.
      if (!owner || !owner.isActive) {
        throw validationProblem(
          [{ field: 'token', message: 'This link is invalid, has expired or was already used: ask for a new one' }],
          'The link is invalid, has expired or was already used',
        );
      }
      await this.users.setPassword(owner.id, dto.password, manager);
      await this.tokens.voidAll(owner.id, manager);
      await this.auth.endSessions(owner.id, manager);
      return owner;
    });
    // The owner proved who they are: failed logins others made on the account no longer block them.
    await this.accountLimiter.clear(user.email);
  }

  /**
   * A wrong current password is a 400 naming `currentPassword`, not a 401: the user is signed in,
   * only the field is wrong (and a 401 would make the SPA treat the session as expired). Every
   * other session ends; the one asking stays signed in (its refresh token keeps working).
   */
  async changePassword(user: AuthUser, dto: ChangePasswordDto): Promise<void> {
    if (!(await this.users.hasPassword(user.id, dto.currentPassword))) {
      throw validationProblem([{ field: 'currentPassword', message: 'That is not your current password' }], 'The current password is wrong');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPassword(user.id, dto.newPassword, manager);
      await this.tokens.voidAll(user.id, manager);
      await this.auth.endSessions(user.id, manager, user.sessionId);
    });
  }

  /**
   * An admin's update of a user. A new password counts as a reset: in the same transaction every
   * open invite or reset link of the user is voided and their sessions end (but the admin's own
   * session, when they set their own password here), so whoever held the old password or a link
   * is out.
   */
  async updateUser(id: string, dto: UpdateUserDto, actingUser: AuthUser): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.update(id, dto, actingUser.id, manager);
      if (dto.password) {
        await this.tokens.voidAll(user.id, manager);
        await this.auth.endSessions(user.id, manager, user.id === actingUser.id ? actingUser.sessionId : undefined);
      }
      return user;
    });
  }

  /**
   * With a password, creates the user. Without, invites them: the user and their link are
   * committed, then the email is sent; when the SMTP server refuses it the user is deleted again
   * (their link with them), so nothing is left and the admin can simply try again. No transaction
   * stays open while the SMTP server takes its time.
   */
  async createUser(dto: CreateUserDto): Promise<User> {
    if (dto.password) return this.users.create(dto);
    const { user, secret } = await this.dataSource.transaction(async (manager) => {
      const created = await this.users.create(dto, manager);
      return { user: created, secret: await this.tokens.issue(created.id, 'invite', manager) };
    });
    try {
      await this.mail.send({ to: user.email, ...inviteEmail(user.name, inviteLink(this.config.publicUrl, secret, user.email)) });
    } catch (error) {
      await this.dataSource.getRepository(User).delete(user.id);
      if (error instanceof EmailSendError) {
        throw new ProblemException(HttpStatus.BAD_GATEWAY, `The invite email could not be sent, so the user was not created: ${error.message}`);
      }
      throw error;
    }
    return user;
  }
}
