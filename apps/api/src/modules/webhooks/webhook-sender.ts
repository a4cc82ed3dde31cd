import { Agent as HttpAgent, request as httpRequest } from 'http';
import { Agent as HttpsAgent, request as httpsRequest } from 'https';
import { assertPublicHost, literalAddress, publicOnlyLookup, RefusedAddressError } from './webhook-address-policy';
import { signWebhook } from './webhook-signing';

/** How much of an answer is kept (and read at all: the socket is dropped past it). */
export const RESPONSE_EXCERPT_BYTES = 1024;

export interface WebhookAttempt {
  url: string;
  secret: string;
  /** The event id: the same at every attempt and redelivery, so the receiver can deduplicate. */
  msgId: string;
  body: string;
}

export interface WebhookAttemptResult {
  ok: boolean;
  /** Null when no answer came (refused address, connection error, timeout). */
  status: number | null;
  /** Up to RESPONSE_EXCERPT_BYTES of the answer, as text. */
  body: string | null;
  /** Why it failed, when the status alone does not say. */
  error: string | null;
}

export interface WebhookSenderOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

/**
 * One attempt at one endpoint. Sockets are kept alive per host (a busy endpoint gets one TLS
 * handshake, not one per event); a socket is connected through `publicOnlyLookup`, so the address
 * checked is the address reached. Redirects are not followed: a 3xx is a failure.
 */
export class WebhookSender {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(private readonly options: WebhookSenderOptions) {
    const agentOptions = { keepAlive: true, maxSockets: 100, lookup: options.allowPrivate ? undefined : publicOnlyLookup };
    this.http = new HttpAgent(agentOptions);
    this.https = new HttpsAgent(agentOptions);
  }

  async send(attempt: WebhookAttempt): Promise<WebhookAttemptResult> {
    const url = new URL(attempt.url);
    // A lookup is never called for an IP literal: that case is checked here, before connecting.
    const literal = literalAddress(url.hostname);
    if (literal && !this.options.allowPrivate) {
      try {
        await assertPublicHost(literal);
      } catch (error) {
        return { ok: false, status: null, body: null, error: `Refused: ${(error as Error).message}` };
      }
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Corral-Webhooks/1.0',
      'webhook-id': attempt.msgId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(attempt.secret, attempt.msgId, timestamp, attempt.body),
      'content-length': String(Buffer.byteLength(attempt.body)),
    };
    const https = url.protocol === 'https:';
    const auth = url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined;
    return new Promise<WebhookAttemptResult>((resolve) => {
      type Answer = { status: number; chunks: Buffer[]; size: number };
      let answer: Answer | null = null;
      let settled = false;
      const finish = (error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (!answer) return resolve({ ok: false, status: null, body: null, error });
        const { status, chunks } = answer;
        const redirect = status >= 300 && status < 400 ? 'Redirect not followed' : null;
        const body = responseExcerpt(Buffer.concat(chunks));
        // The status decides, even when the body was cut short by the deadline or the receiver.
        resolve({ ok: status >= 200 && status < 300, status, body, error: redirect });
      };
      const req = (https ? httpsRequest : httpRequest)(url, { method: 'POST', headers, auth, agent: https ? this.https : this.http }, (res) => {
        const current: Answer = { status: res.statusCode ?? 0, chunks: [], size: 0 };
        answer = current;
        res.on('data', (chunk: Buffer) => {
          current.chunks.push(chunk);
          current.size += chunk.length;
          // Past the excerpt the answer is not drained: the socket is dropped instead.
          if (current.size >= RESPONSE_EXCERPT_BYTES) {
            finish(null);
            req.destroy();
          }
        });
        res.on('end', () => finish(null));
        res.on('error', () => finish(null));
        res.on('aborted', () => finish(null));
      });
      // One deadline for connecting, answering and the excerpt: a receiver trickling bytes cannot hold a worker.
      const timer = setTimeout(() => {
        finish(`No answer within ${this.options.timeoutMs / 1000} s`);
        req.destroy();
      }, this.options.timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) => finish(describeError(error)));
      req.end(attempt.body);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}

/**
 * The first RESPONSE_EXCERPT_BYTES of an answer as text PostgreSQL can store: invalid UTF-8 (and a
 * character cut at the limit) decodes to U+FFFD, and so does NUL, which a text column refuses (22021).
 */
export function responseExcerpt(answer: Buffer): string {
  return answer.subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8').replace(/\u0000/g, '\uFFFD');
}

function describeError(error: NodeJS.ErrnoException): string {
  if (error instanceof RefusedAddressError) return `Refused: ${error.message}`;
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
