import { evidenceColumns, parseEvidenceTime, readEvidence } from './opt-in-evidence';

describe('opt-in evidence of imported rows', () => {
  const headers = ['Email Address', 'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP'];

  it('finds Mailchimp’s columns by header, and none in a file without them', () => {
    expect(evidenceColumns(headers)).toEqual({ optInTime: 1, optInIp: 2, confirmTime: 3, confirmIp: 4 });
    expect(evidenceColumns(['email', 'optin_ip'])).toBeNull();
    expect(evidenceColumns(['email', 'first name'])).toBeNull();
  });

  it('reads the times as UTC and keeps only addresses that look like IPs', () => {
    const columns = evidenceColumns(headers)!;
    expect(readEvidence(['a@x.test', '2025-01-01 09:00:11', '203.0.113.10', '2025-01-02 10:00:00', '2001:db8::1'], columns)).toEqual({
      optedInAt: new Date('2025-01-01T09:00:11Z'),
      optInIp: '203.0.113.10',
      confirmedAt: new Date('2025-01-02T10:00:00Z'),
      confirmIp: '2001:db8::1',
    });
    expect(readEvidence(['a@x.test', '2025-01-01 09:00:11', '<script>', '', ''], columns)).toEqual({
      optedInAt: new Date('2025-01-01T09:00:11Z'),
      optInIp: null,
      confirmedAt: null,
      confirmIp: null,
    });
    expect(readEvidence(['a@x.test', '', '203.0.113.10', '', ''], columns)).toBeNull();
  });

  it('refuses times that are not times', () => {
    for (const bad of ['yesterday', '2025-02-30 10:00:00', '2025-13-01 10:00', '01/02/2025 10:00', '']) expect(parseEvidenceTime(bad)).toBeNull();
    expect(parseEvidenceTime('2025-03-04T05:06:07+02:00')).toEqual(new Date('2025-03-04T03:06:07Z'));
  });
});
