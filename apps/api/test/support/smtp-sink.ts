import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpFailure {
  code: number;
  message: string;
}

/**
 * A real SMTP server for tests. `failWith` makes it answer RCPT with an error
 * (e.g. 550 for a permanent failure, 451 for a transient one) for matching recipients; returning
 * a promise holds the answer until the test lets it go.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  failWith: ((recipient: string) => SmtpFailure | undefined | Promise<SmtpFailure | undefined>) | undefined;
  /** Drops the connection without a reply when RCPT names a matching recipient (a network failure, not an SMTP answer). */
  dropWhen: ((recipient: string) => boolean) | undefined;
  /**
   * Runs after a message is received and before the server answers 250, so a test can act (e.g.
   * kill the sender) at the exact moment the message has arrived but the sender does not know it yet.
   */
  onMessage: ((mail: ReceivedMail) => void | Promise<void>) | undefined;
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // A reverse DNS lookup of 127.0.0.1 can stall every greeting where no resolver answers.
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, session, callback) => {
        if (this.dropWhen?.(address.address)) {
          const connection = [...(this.server as unknown as { connections: Set<{ session: unknown; _socket: { destroy(): void } }> }).connections].find((c) => c.session === session);
          return connection?._socket.destroy();
        }
        void Promise.resolve(this.failWith?.(address.address)).then((failure) => {
          if (failure) {
            const error = new Error(failure.message) as Error & { responseCode: number };
            error.responseCode = failure.code;
            return callback(error);
          }
          callback();
        });
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const mail = { envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed: await simpleParser(raw) };
          this.messages.push(mail);
          await this.onMessage?.(mail);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.envelopeTo.some((a) => a.toLowerCase() === address.toLowerCase()));
  }

  /** Waits until `predicate` holds for the received messages (polling), or fails after `timeoutMs`. */
  async waitFor(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: condition not met within ${timeoutMs} ms (${this.messages.length} messages)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.messages;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
