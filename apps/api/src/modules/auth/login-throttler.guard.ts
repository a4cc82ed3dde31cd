import { applyDecorators, Injectable, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Counts attempts per client address and email, so guessing one account's password is slowed
 * without locking out colleagues behind the same office NAT.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${req.ip as string}|${email}`;
  }
}

/** Rate-limits a route like login (LOGIN_RATE_LIMIT) and declares its 429. */
export const LoginRateLimit = () =>
  applyDecorators(UseGuards(LoginThrottlerGuard), ApiTooManyRequestsResponse({ description: 'Too many attempts from this address and email; wait a minute' }));
