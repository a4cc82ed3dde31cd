import { PermanentEmailError, TransientEmailError, classifySmtpError } from './email-errors';

describe('classifySmtpError', () => {
  it('treats 4xx, 503 and connection failures as transient, 5xx as permanent', () => {
    expect(classifySmtpError({ responseCode: 451, response: '451 try later' })).toBeInstanceOf(TransientEmailError);
    expect(classifySmtpError({ responseCode: 503, response: '503 bad sequence' })).toBeInstanceOf(TransientEmailError);
    expect(classifySmtpError({ code: 'ESOCKET', message: 'connect ECONNREFUSED' })).toBeInstanceOf(TransientEmailError);
    const permanent = classifySmtpError({ responseCode: 550, response: '550 5.1.1 no such user', code: 'EENVELOPE' });
    expect(permanent).toBeInstanceOf(PermanentEmailError);
    expect(permanent.message).toBe('550 5.1.1 no such user');
    expect(permanent.responseCode).toBe(550);
  });

  it('treats the pool closing under a queued message as transient (it never reached a server)', () => {
    expect(classifySmtpError(new Error('Connection pool was closed'))).toBeInstanceOf(TransientEmailError);
    expect(classifySmtpError(new Error('Message failed: unexpected'))).toBeInstanceOf(PermanentEmailError);
  });
});
