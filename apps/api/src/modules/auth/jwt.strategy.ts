import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { UsersService } from '../users/users.service';
import { JWT_SECRET } from './jwt-secret.provider';

interface AccessTokenPayload {
  sub: string;
  /** The refresh token issued with this access token: which session is asking. */
  sid?: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(JWT_SECRET) secret: string, private readonly users: UsersService) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secret, ignoreExpiration: false });
  }

  /** Reads the user on each request so a deactivated user or a changed role takes effect at once. */
  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    const user = await this.users.findById(payload.sub);
    if (!user || !user.isActive) throw new UnauthorizedException('This account no longer exists or is deactivated');
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: payload.sid };
  }
}
