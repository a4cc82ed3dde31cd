import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { UserRole } from '../../modules/users/entities/user.entity';
import type { ApiScope } from './scope-area.decorator';

export const IS_PUBLIC = 'isPublic';
/** The OpenAPI extension marking public operations; the document builder turns it into `security: []`. */
export const PUBLIC_OPERATION_EXTENSION = 'x-public';
export const ROLES = 'roles';
/** The OpenAPI extension naming the roles an operation is open to; the document builder declares its 403 from it. */
export const ROLES_OPERATION_EXTENSION = 'x-roles';

/** The route needs no access token (login, register, health, tracking, webhooks). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));

/** The route is open only to these roles. */
export const Roles = (...roles: UserRole[]) => applyDecorators(SetMetadata(ROLES, roles), ApiExtension(ROLES_OPERATION_EXTENSION, roles));

/** The authenticated user, as put on the request by the JWT strategy. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The session (refresh token id) the access token was issued with; absent for other credentials. */
  sessionId?: string;
  /** Present when the request came with an API key: `id` and `role` are then the key's acting user and role. */
  apiKey?: { id: string; name: string; scopes: ApiScope[] };
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);
