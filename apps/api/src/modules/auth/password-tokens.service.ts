import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { PasswordToken, PasswordTokenPurpose } from './entities/password-token.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** How long each kind of link works: a reset is asked for and used at once; an invite may wait in an inbox. */
export const PASSWORD_TOKEN_TTL_MS: Record<PasswordTokenPurpose, number> = {
  reset: 60 * 60_000,
  invite: 7 * 24 * 60 * 60_000,
};

@Injectable()
export class PasswordTokensService {
  constructor(@InjectRepository(PasswordToken) private readonly tokens: Repository<PasswordToken>) {}

  /**
   * A new link secret for this user; only its hash is stored. The user's used and expired links
   * go at the same time, so asking again and again does not pile up rows.
   */
  async issue(userId: string, purpose: PasswordTokenPurpose, manager?: EntityManager): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const tokens = manager?.getRepository(PasswordToken) ?? this.tokens;
    await tokens
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND (used_at IS NOT NULL OR expires_at <= now())', { userId })
      .execute();
    await tokens.insert({ userId, purpose, tokenHash: sha256(secret), expiresAt: new Date(Date.now() + PASSWORD_TOKEN_TTL_MS[purpose]) });
    return secret;
  }

  /**
   * Uses the link: the id of its user, or null when it is unknown, expired or already used. One
   * conditional update, so two requests racing with the same link cannot both succeed.
   */
  async consume(secret: string, manager: EntityManager): Promise<string | null> {
    const used = await manager
      .createQueryBuilder()
      .update(PasswordToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: sha256(secret) })
      .returning(['userId'])
      .execute();
    return (used.raw as { user_id: string }[])[0]?.user_id ?? null;
  }

  /** Ends every link of this user still unused: once the password is set, older links must not set it again. */
  async voidAll(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordToken).update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
