/**
 * Errors of the sending path. Callers (the campaign send loop, workflow steps) decide on the class:
 * a TransientEmailError is worth retrying later with backoff, a PermanentEmailError is not.
 */
export abstract class EmailSendError extends Error {
  abstract readonly transient: boolean;
  constructor(
    message: string,
    /** The SMTP reply code when the server answered (e.g. 451, 550). */
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 4xx replies, refused or dropped connections, timeouts: the email was not accepted; try again later. */
export class TransientEmailError extends EmailSendError {
  readonly transient = true;
}

/** 5xx replies, a broken template, a missing contact: retrying would fail the same way. */
export class PermanentEmailError extends EmailSendError {
  readonly transient = false;
}

interface SmtpErrorShape {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

const POOL_CLOSED_MESSAGE = 'Connection pool was closed';

const CONNECTION_CODES = ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'ECONNREFUSED', 'ECONNRESET', 'EMAXLIMIT'];

/** Maps a nodemailer error onto the two classes, keeping the server's own words as the message. */
export function classifySmtpError(error: unknown): EmailSendError {
  const e = (error ?? {}) as SmtpErrorShape;
  const text = (e.response || e.message || String(error)).trim().slice(0, 1000);
  const code = e.responseCode;
  if (typeof code === 'number') {
    // RFC 5321: 4yz is a transient negative reply, 5yz permanent; 503 only means a confused session.
    if (code >= 500 && code < 600 && code !== 503) return new PermanentEmailError(text, code);
    return new TransientEmailError(text, code);
  }
  if (e.code && CONNECTION_CODES.includes(e.code)) return new TransientEmailError(text);
  // nodemailer's pool rejects the messages still queued in it when it closes (a shutdown), with no
  // code: they never reached a server, so they are tried again, not failed for good.
  if (e.message === POOL_CLOSED_MESSAGE) return new TransientEmailError(text);
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return new TransientEmailError(`SMTP authentication failed: ${text}`);
  return new PermanentEmailError(text);
}
