import { CallHandler, ExecutionContext, HttpStatus, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { Request, Response } from 'express';
import { from, Observable, of, switchMap } from 'rxjs';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { IdempotencyRepository, IdempotentRequest, StoredAnswer, StoredHeaders } from './idempotency.repository';
import { requestHash } from './request-hash';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** Set on an answer that is a replay of the first one. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** The headers of an answer a replay repeats (the status and body are always kept). */
const KEPT_HEADERS = ['content-type', 'location'];

/** A claim that had to wait for a key that was released meanwhile tries again, at most this often. */
const CLAIM_ATTEMPTS = 3;

/**
 * `Idempotency-Key` on every authenticated POST under /api (API.md "Integrations"). The key is
 * claimed in PostgreSQL before the handler runs; the first request's answer is stored as it is
 * sent and replayed to a retry with the same body, a reuse with another body is a 422, and a
 * retry while the first still runs is a 409. A 5xx is not stored: the key is released so a retry
 * can act. File uploads refuse the header (their body is read later, see `intercept`).
 *
 * The answer is caught in `res.send`, not in the handler's observable, because that is where the
 * final status and body exist, problem+json errors from the exception filter included; Nest's
 * own reply then cannot set another status on a replay either (see `replay`).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(private readonly repository: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: AuthUser }>();
    const res = http.getResponse<Response>();
    const key = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (req.method !== 'POST' || key === undefined || !req.user) return next.handle();
    if (typeof key !== 'string' || key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw validationProblem([{ field: IDEMPOTENCY_HEADER, message: `must be one header of 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters` }]);
    }
    if (req.is('multipart/form-data')) {
      // The upload is read after this runs (by the route's own interceptor), so a retry could not be
      // told from a reuse of the key with another file.
      throw validationProblem([{ field: IDEMPOTENCY_HEADER, message: 'is not accepted on file uploads: an import answers its job, which a retry can look up' }]);
    }
    const request: IdempotentRequest = {
      // A key and the user it acts as are two callers: each has its own keys.
      caller: req.user.apiKey?.id ? `key:${req.user.apiKey.id}` : `user:${req.user.id}`,
      key,
      method: req.method,
      path: req.originalUrl,
      hash: requestHash(req.body),
      claimToken: randomUUID(),
    };
    return from(this.begin(request)).pipe(
      switchMap((stored) => {
        if (stored) {
          this.replay(res, stored);
          // Nest's reply (`res.status(route status).send()`) lands in the wrapped `send`, which sends the stored answer.
          return of(undefined);
        }
        this.record(res, request);
        return next.handle();
      }),
    );
  }

  /** Null when this request now holds the key and should act; the stored answer to replay otherwise. */
  private async begin(request: IdempotentRequest): Promise<(StoredAnswer & { status: number }) | null> {
    for (let attempt = 1; ; attempt++) {
      if (await this.repository.claim(request)) return null;
      const stored = await this.repository.find(request.caller, request.key);
      if (!stored) {
        if (attempt < CLAIM_ATTEMPTS) continue;
        throw inFlight();
      }
      if (stored.method !== request.method || stored.path !== request.path || stored.hash !== request.hash) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          `This ${IDEMPOTENCY_HEADER} was first used with another request (${stored.method} ${stored.path} with another body); use a new key for a new request`,
          { errors: [{ field: IDEMPOTENCY_HEADER, message: 'was already used for another request' }] },
        );
      }
      if (stored.status === null) throw inFlight();
      return stored as StoredAnswer & { status: number };
    }
  }

  /** Stores the answer as it is sent (released instead when it is a 5xx), then sends it. */
  private record(res: Response, request: IdempotentRequest): void {
    const send = res.send.bind(res);
    let settled = false;
    // A client that hangs up does not release the key: the handler goes on acting, and its answer
    // still passes through `send` below, so the client's retry meets 409 and then the replay.
    res.send = ((body?: unknown) => {
      // `send(object)` serializes through `res.json`, which calls `send` again with the text.
      if (settled || (body !== null && typeof body === 'object' && !Buffer.isBuffer(body))) return send(body);
      settled = true;
      const text = body === undefined ? '' : Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
      const status = res.statusCode;
      const done = status >= 500 ? this.release(request) : this.store(request, status, keptHeaders(res), text);
      void done.finally(() => send(body));
      return res;
    }) as Response['send'];
  }

  private replay(res: Response, stored: StoredAnswer & { status: number }): void {
    const send = res.send.bind(res);
    res.send = (() => {
      res.status(stored.status);
      for (const [name, value] of Object.entries(stored.headers ?? {})) res.setHeader(name, value);
      res.setHeader(REPLAYED_HEADER, 'true');
      return send(stored.body ?? '');
    }) as Response['send'];
  }

  private async store(request: IdempotentRequest, status: number, headers: StoredHeaders, body: string): Promise<void> {
    try {
      await this.repository.complete(request, status, headers, body);
    } catch (error) {
      this.logger.error(`Could not store the answer of ${IDEMPOTENCY_HEADER} ${request.key}: ${(error as Error).message}`);
      await this.release(request);
    }
  }

  private async release(request: IdempotentRequest): Promise<void> {
    try {
      await this.repository.release(request);
    } catch (error) {
      // Left in flight: a retry gets 409 until the key expires.
      this.logger.error(`Could not release ${IDEMPOTENCY_HEADER} ${request.key}: ${(error as Error).message}`);
    }
  }
}

function inFlight(): ProblemException {
  return new ProblemException(HttpStatus.CONFLICT, `A request with this ${IDEMPOTENCY_HEADER} is still being processed; retry when it has finished`, {
    errors: [{ field: IDEMPOTENCY_HEADER, message: 'is in use by a request still running' }],
  });
}

function keptHeaders(res: Response): StoredHeaders {
  const headers: StoredHeaders = {};
  for (const name of KEPT_HEADERS) {
    const value = res.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}
