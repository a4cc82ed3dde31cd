import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { looksLikeApiKey } from '../../modules/api-keys/api-key-format';
import { ApiKeysService } from '../../modules/api-keys/api-keys.service';
import { IS_PUBLIC } from '../decorators/auth.decorators';

/**
 * A bearer token is either a user's access token (JWT, checked by passport's JWT strategy) or an
 * API key (`crl_…`, which no JWT can start with): the key then stands for its acting user with its
 * role, and every later guard (scopes, roles) and the access policy decide from that.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {
    super();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token && looksLikeApiKey(token)) {
      const response = http.getResponse<Response>();
      request.user = await this.apiKeys.authenticate(token, (rate) => {
        response.setHeader('RateLimit-Limit', String(rate.limit));
        response.setHeader('RateLimit-Remaining', String(rate.remaining));
        response.setHeader('RateLimit-Reset', String(rate.resetSeconds));
        if (rate.exceeded) response.setHeader('Retry-After', String(rate.resetSeconds));
      });
      return true;
    }
    return super.canActivate(context) as Promise<boolean>;
  }
}
