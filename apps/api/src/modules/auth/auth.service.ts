import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'crypto';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { UserDto } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { AuthRepository } from './auth.repository';
import { LoginDto, RegisterDto, TokenPairDto } from './dto/auth.dto';
import { RefreshToken } from './entities/refresh-token.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly authRows: AuthRepository,
  ) {}

  /** Open while there is no user (that first user becomes admin) or when ALLOW_SIGNUP=true. */
  async register(dto: RegisterDto): Promise<TokenPairDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      await this.authRows.lockRegistrations(manager);
      const isFirst = (await manager.count(User)) === 0;
      if (!isFirst && !this.config.allowSignup) {
        throw new ForbiddenException('Sign-up is closed: ask an admin to create your account');
      }
      const taken = await manager
        .createQueryBuilder(User, 'u')
        .where('lower(u.email) = lower(:email)', { email: dto.email })
        .getExists();
      if (taken) throw new ForbiddenException('Sign-up is not possible with this email');
      return manager.save(
        manager.create(User, {
          email: dto.email,
          name: dto.name,
          role: isFirst ? 'admin' : 'member',
          passwordHash: await this.users.hashPassword(dto.password),
        }),
      );
    });
    return this.issueTokens(user);
  }

  async login(dto: LoginDto): Promise<TokenPairDto> {
    const user = await this.users.checkCredentials(dto.email, dto.password);
    // One message for every failure, so the answer does not reveal which emails have accounts.
    if (!user) throw new UnauthorizedException('Wrong email or password');
    await this.users.touchLogin(user.id);
    return this.issueTokens(user);
  }

  /** Rotates: the presented token is revoked by a conditional update, so it works exactly once. */
  async refresh(presented: string): Promise<TokenPairDto> {
    const [id, secret] = presented.split('.');
    const invalid = new UnauthorizedException('The refresh token is invalid, expired or already used');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw invalid;
    const revoked = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND token_hash = :hash AND revoked_at IS NULL AND expires_at > now()', {
        id,
        hash: sha256(secret),
      })
      .returning(['userId'])
      .execute();
    const userId = (revoked.raw as { user_id: string }[])[0]?.user_id;
    if (!userId) {
      await this.revokeAllIfReused(id, secret);
      throw invalid;
    }
    const user = await this.users.findById(userId);
    if (!user || !user.isActive) throw invalid;
    return this.issueTokens(user);
  }

  async logout(presented: string): Promise<void> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return;
    await this.refreshTokens.update({ id, tokenHash: sha256(secret), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Ends every session of this user (their refresh tokens stop working), except `keepSessionId`.
   * `manager`: inside the caller's transaction. Deleted rather than revoked: another device
   * presenting a revoked token would look like reuse of a stolen one and end every session,
   * including the one kept here.
   */
  async endSessions(userId: string, manager: EntityManager, keepSessionId?: string): Promise<void> {
    const qb = manager.createQueryBuilder().delete().from(RefreshToken).where('user_id = :userId', { userId });
    if (keepSessionId) qb.andWhere('id <> :keepSessionId', { keepSessionId });
    await qb.execute();
  }

  /**
   * A revoked token presented again means it was stolen or replayed: end every session of
   * that user so the thief's rotated token dies too.
   */
  private async revokeAllIfReused(id: string, secret: string): Promise<void> {
    const token = await this.refreshTokens.findOne({ where: { id } });
    if (token?.revokedAt && token.tokenHash === sha256(secret)) {
      await this.refreshTokens.update({ userId: token.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
  }

  private async issueTokens(user: User): Promise<TokenPairDto> {
    const secret = randomBytes(32).toString('base64url');
    const token = await this.refreshTokens.save(
      this.refreshTokens.create({
        userId: user.id,
        tokenHash: sha256(secret),
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
      }),
    );
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, sid: token.id });
    return {
      accessToken,
      refreshToken: `${token.id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: UserDto.from(user),
    };
  }
}
