import nodemailer from 'nodemailer';
import { OutgoingEmail, outgoingHeaders, relaysThroughSendgrid } from './mail-transport.service';

describe('provider headers', () => {
  it('treats only SendGrid’s relay hosts as SendGrid', () => {
    expect(relaysThroughSendgrid('smtp://apikey:SG.secret@smtp.sendgrid.net:587')).toBe(true);
    expect(relaysThroughSendgrid('smtps://apikey:x@SMTP.SendGrid.NET.:465')).toBe(true);
    expect(relaysThroughSendgrid('smtp://apikey:x@smtp.eu.sendgrid.net:587')).toBe(true);
    expect(relaysThroughSendgrid('smtp://127.0.0.1:1025')).toBe(false);
    expect(relaysThroughSendgrid('smtp://user:pass@smtp.example.com:587')).toBe(false);
    expect(relaysThroughSendgrid('smtp://smtp.sendgrid.net.example.com:587')).toBe(false);
    expect(relaysThroughSendgrid('smtp://notsendgrid.net:587')).toBe(false);
    // A user name that looks like the host does not count.
    expect(relaysThroughSendgrid('smtp://smtp.sendgrid.net@mail.example.com:587')).toBe(false);
  });

  const email: OutgoingEmail = {
    from: { name: 'Corral', address: 'news@corral.test' },
    to: 'ada@example.com',
    subject: 'Hi',
    html: '<p>Hi</p>',
    text: 'Hi',
    messageId: '<1f0c4f7e-0000-4000-8000-000000000001@corral.test>',
    emailLogId: '1f0c4f7e-0000-4000-8000-000000000001',
    headers: { 'List-Unsubscribe': '<https://corral.test/unsubscribe/t>' },
  };

  async function raw(viaSendgrid: boolean): Promise<string> {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const info = await transport.sendMail({ ...email, headers: outgoingHeaders(email, viaSendgrid) });
    return (info.message as Buffer).toString('utf8');
  }

  it('adds X-SMTPAPI with the email log id, as raw JSON, only for SendGrid', async () => {
    const sendgrid = await raw(true);
    const line = /^X-SMTPAPI: (.*)\r$/m.exec(sendgrid)?.[1];
    expect(JSON.parse(line as string)).toEqual({ unique_args: { emailLogId: email.emailLogId } });
    expect(sendgrid).toMatch(/^List-Unsubscribe: <https:\/\/corral\.test\/unsubscribe\/t>\r$/m);
    const other = await raw(false);
    expect(other).not.toMatch(/x-smtpapi/i);
    expect(other).toMatch(/^List-Unsubscribe: /m);
  });
});
