import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { User } from '../users/entities/user.entity';
import { JWT_SECRET } from './jwt-secret.provider';

interface AccessTokenPayload {
  sub: string;
  /** The refresh token issued with this access token: which session is asking. */
  sid?: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(JWT_SECRET) secret: string, private readonly dataSource: DataSource) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secret, ignoreExpiration: false });
  }

  /**
   * Reads the user on each request so a deactivated user or a changed role takes effect at once,
   * and in the same query whether the token's session still exists: a reset, a changed password or
   * an admin setting one deletes the other sessions, and their access tokens must stop at once
   * rather than when they expire.
   */
  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    if (!UUID.test(payload.sub) || (payload.sid !== undefined && !UUID.test(payload.sid))) throw new UnauthorizedException('Invalid access token');
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id: payload.sub });
    if (payload.sid) qb.addSelect('EXISTS (SELECT 1 FROM refresh_token t WHERE t.id = :sid AND t.user_id = u.id)', 'session_open').setParameter('sid', payload.sid);
    const { entities, raw } = await qb.getRawAndEntities<{ session_open?: boolean }>();
    const user = entities[0];
    if (!user || !user.isActive) throw new UnauthorizedException('This account no longer exists or is deactivated');
    if (payload.sid && !raw[0]?.session_open) throw new UnauthorizedException('This session has ended: log in again');
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: payload.sid };
  }
}
