import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable, throwError } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { ProblemException } from '../../common/filters/problem';
import { LoginAccountLimiter } from './login-account-limiter';

/**
 * Refuses a login while its account is blocked (429 with Retry-After, even with the right
 * password, or guessing could go on) and counts each wrong password against the account. The
 * attempt is taken before the password is checked, so parallel guesses cannot all slip past a
 * check made before any of them had failed; one that does not fail gives its attempt back.
 */
@Injectable()
export class LoginAccountLimitInterceptor implements NestInterceptor {
  constructor(private readonly limiter: LoginAccountLimiter) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const body = http.getRequest<Request>().body as { email?: unknown } | undefined;
    if (typeof body?.email !== 'string' || !body.email.trim()) return next.handle();
    const email = body.email;
    const retryAfter = await this.limiter.reserve(email);
    if (retryAfter > 0) {
      http.getResponse<Response>().setHeader('Retry-After', String(retryAfter));
      const minutes = Math.ceil(retryAfter / 60);
      throw new ProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        `Too many failed logins for this account: try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password`,
        { retryAfter },
      );
    }
    return next.handle().pipe(
      mergeMap(async (value: unknown) => {
        await this.limiter.release(email);
        return value;
      }),
      catchError((error: unknown) =>
        from(error instanceof UnauthorizedException ? this.limiter.recordFailure(email) : this.limiter.release(email)).pipe(
          mergeMap(() => throwError(() => error)),
        ),
      ),
    );
  }
}
