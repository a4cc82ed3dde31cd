import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';

/**
 * Counts attempts per client address and email, so guessing one account's password is slowed
 * without locking out colleagues behind the same office NAT. (Attempts on one account from many
 * addresses are LoginAccountLimiter's.)
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${req.ip as string}|${email}`;
  }

  /** The throttler names its header `Retry-After-login`; clients and proxies read the standard one. */
  protected async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}

/** Rate-limits a route like login (LOGIN_RATE_LIMIT) and declares its 429; `description`: when this route answers it. */
export const LoginRateLimit = (description = 'Too many attempts from this address and email; wait a minute') =>
  applyDecorators(UseGuards(LoginThrottlerGuard), ApiTooManyRequestsResponse({ description }));
