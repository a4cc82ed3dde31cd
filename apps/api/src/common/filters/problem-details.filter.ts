import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'http';
import { QueryFailedError } from 'typeorm';
import { humanFieldErrors } from './field-messages';
import { ProblemDetails, ProblemException } from './problem';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_INVALID_TEXT = '22P02';
const PG_VALUE_TOO_LONG = '22001';

/** Turns every error into application/problem+json; unexpected ones are logged and never leak internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl;
    if (problem.status >= 500) {
      this.logger.error(
        `${request.method} ${request.originalUrl}: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    }
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) {
      const { type, title, errors, ...rest } = exception.extras;
      const status = exception.getStatus();
      return {
        type: type ?? 'about:blank',
        title: title ?? STATUS_CODES[status] ?? 'Error',
        status,
        detail: exception.message,
        ...rest,
        // Conflicts and other refusals name fields too; their messages read like the 400s'.
        ...(errors && { errors: humanFieldErrors(errors) }),
      };
    }
    if (exception instanceof ThrottlerException) {
      return this.simple(HttpStatus.TOO_MANY_REQUESTS, 'Too many requests: wait a minute and try again');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'string' ? body : Array.isArray((body as { message?: unknown }).message)
          ? ((body as { message: string[] }).message).join('; ')
          : String((body as { message?: unknown }).message ?? exception.message);
      return this.simple(status, message);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string })?.code;
      if (code === PG_UNIQUE_VIOLATION) return this.simple(HttpStatus.CONFLICT, 'A record with the same unique value already exists');
      if (code === PG_FOREIGN_KEY_VIOLATION) return this.simple(HttpStatus.BAD_REQUEST, 'A referenced record does not exist');
      if (code === PG_INVALID_TEXT) return this.simple(HttpStatus.BAD_REQUEST, 'A value has the wrong format');
      if (code === PG_VALUE_TOO_LONG) return this.simple(HttpStatus.BAD_REQUEST, 'A value is too long');
    }
    // Errors raised by Express' body parser carry their own status (400 bad JSON, 413 too large).
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const detail =
        status === 413
          ? 'The request body is too large'
          : (exception as { type?: string }).type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : (exception as Error).message;
      return this.simple(status, detail);
    }
    return this.simple(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred; it has been logged');
  }

  private simple(status: number, detail: string): ProblemDetails {
    return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
  }
}
