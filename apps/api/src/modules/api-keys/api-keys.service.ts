import { HttpStatus, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { validationProblem, ProblemException } from '../../common/filters/problem';
import { setRequestApiKey } from '../../common/request-context';
import { JWT_SECRET } from '../auth/jwt-secret.provider';
import { USER_ROLES, UserRole } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { apiKeyHashSecret, apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-format';
import { ApiKeyRateLimiter, RateLimitState } from './api-key-rate-limiter';
import { ApiKeyRow, ApiKeysRepository } from './api-keys.repository';
import { CreateApiKeyDto } from './dto/api-key.dto';

/** lastUsedAt is written at most this often per key, so a busy key does not write a row per request. */
const TOUCH_INTERVAL_MS = 60_000;

/** Where a key request's rate-limit figures go (the response's headers). */
export type RateLimitHeaders = (state: RateLimitState) => void;

/**
 * A key acts with the lower of its own role and its user's current one (USER_ROLES runs from the
 * highest): demoting the admin who made an admin key demotes the key at once, as it does their session.
 */
function lowerRole(keyRole: UserRole, userRole: UserRole): UserRole {
  return USER_ROLES[Math.max(USER_ROLES.indexOf(keyRole), USER_ROLES.indexOf(userRole))];
}

@Injectable()
export class ApiKeysService {
  private readonly hashSecret: Buffer;
  /** When this process last wrote each key's lastUsedAt; the SQL condition covers the other processes. */
  private readonly touchedAt = new Map<string, number>();

  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly users: UsersService,
    private readonly rateLimiter: ApiKeyRateLimiter,
    @Inject(JWT_SECRET) jwtSecret: string,
  ) {
    this.hashSecret = apiKeyHashSecret(jwtSecret);
  }

  async create(admin: AuthUser, dto: CreateApiKeyDto): Promise<{ row: ApiKeyRow; key: string }> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw validationProblem([{ field: 'expiresAt', message: 'must be in the future' }]);
    const userId = dto.role === 'member' ? await this.activeMember(dto.userId as string) : admin.id;
    if (dto.role !== 'member' && dto.userId) {
      throw validationProblem([{ field: 'userId', message: 'is only for member-role keys (admin and manager keys act as you)' }]);
    }
    const { key, prefix } = generateApiKey();
    const row = await this.keys.insert({
      name: dto.name,
      prefix,
      hash: hashApiKey(this.hashSecret, key),
      role: dto.role,
      scopes: dto.scopes,
      userId,
      createdById: admin.id,
      expiresAt,
    });
    return { row, key };
  }

  page(limit: number, offset: number): Promise<{ rows: ApiKeyRow[]; total: number }> {
    return this.keys.page(limit, offset);
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.keys.revoke(id))) throw new NotFoundException(`API key ${id} not found (or already revoked)`);
  }

  /**
   * The user a request with this key acts as, or 401. Once the key is known (its hash matched) the
   * request is counted against its rate limit and `headers` receives the figures, so even the 401
   * of a revoked or expired key and the 429 carry them.
   */
  async authenticate(key: string, headers: RateLimitHeaders): Promise<AuthUser> {
    const prefix = apiKeyPrefix(key);
    const credential = prefix ? await this.keys.findCredential(prefix) : undefined;
    if (!credential || !apiKeyMatches(this.hashSecret, key, credential.hash)) throw new UnauthorizedException('Invalid API key');
    const rate = await this.rateLimiter.hit(credential.id);
    headers(rate);
    if (credential.revokedAt) throw new UnauthorizedException(`The API key '${credential.name}' has been revoked`);
    if (credential.expiresAt && credential.expiresAt.getTime() <= Date.now()) {
      throw new UnauthorizedException(`The API key '${credential.name}' expired at ${credential.expiresAt.toISOString()}`);
    }
    if (!credential.userId || !credential.userActive) {
      throw new UnauthorizedException(`The user the API key '${credential.name}' acts as no longer exists or is deactivated`);
    }
    if (rate.exceeded) {
      throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, `This API key made more than ${rate.limit} requests this minute: wait ${rate.resetSeconds} s`);
    }
    await this.touch(credential.id, credential.lastUsedAt);
    setRequestApiKey({ id: credential.id, name: credential.name });
    return {
      id: credential.userId,
      email: credential.userEmail as string,
      name: credential.userName as string,
      role: lowerRole(credential.role, credential.userRole as UserRole),
      apiKey: { id: credential.id, name: credential.name, scopes: credential.scopes },
    };
  }

  private async touch(id: string, lastUsedAt: Date | null): Promise<void> {
    const now = Date.now();
    const last = Math.max(this.touchedAt.get(id) ?? 0, lastUsedAt?.getTime() ?? 0);
    if (now - last < TOUCH_INTERVAL_MS) return;
    this.touchedAt.set(id, now);
    await this.keys.touch(id);
  }

  private async activeMember(userId: string): Promise<string> {
    const user = await this.users.findById(userId);
    if (!user || !user.isActive || user.role !== 'member') {
      throw validationProblem([{ field: 'userId', message: 'must be the id of an active member' }]);
    }
    return user.id;
  }
}
