import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthUser } from '../decorators/auth.decorators';
import { requiredScope, SCOPE_AREA, ScopeAreaName } from '../decorators/scope-area.decorator';
import { ProblemException } from '../filters/problem';

/** Runs after authentication: a request made with an API key needs the scope of the route's @ScopeArea. */
@Injectable()
export class ApiScopesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const apiKey = request.user?.apiKey;
    if (!apiKey) return true;
    const area = this.reflector.getAllAndOverride<ScopeAreaName | undefined>(SCOPE_AREA, [context.getHandler(), context.getClass()]);
    if (!area) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'API keys cannot be used on this route: it is for signed-in users only');
    }
    const scope = requiredScope(area, request.method);
    if (!apiKey.scopes.includes(scope)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, `This API key lacks the scope ${scope}`, { requiredScope: scope });
    }
    return true;
  }
}
