import { RETRY_CAP_MS, retryDelayMs, webhookUrlProblem, withoutUserInfo } from './webhook-rules';

describe('webhook rules', () => {
  it('doubles the ceiling of the retry delay each failure, up to an hour, with full jitter', () => {
    const top = () => 1 - 1e-12;
    expect(retryDelayMs(1, 5000, top)).toBe(5000);
    expect(retryDelayMs(2, 5000, top)).toBe(10000);
    expect(retryDelayMs(5, 5000, top)).toBe(80000);
    expect(retryDelayMs(20, 5000, top)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(1000, 5000, top)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(3, 5000, () => 0)).toBe(0);
    expect(retryDelayMs(3, 5000, () => 0.5)).toBe(10000);
  });

  it.each([
    ['ftp', 'ftp://example.com/hook', 'must start with http:// or https://'],
    ['javascript', 'javascript:alert(1)', 'must start with http:// or https://'],
    ['a relative path', '/relative/path', 'must be an absolute http:// or https:// URL'],
    ['words', 'not a url', 'must be an absolute http:// or https:// URL'],
    ['2049 characters', `https://example.com/${'a'.repeat(2029)}`, 'must be at most 2048 characters long'],
    ['a malformed escape in the user name', 'https://us%zz:pw@example.com/', 'must not have a malformed %-escape in its user name or password'],
    ['a truncated escape in the password', 'https://user:p%E0%A4%A@example.com/', 'must not have a malformed %-escape in its user name or password'],
  ])('refuses %s', (_label, url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });

  it('takes http and https URLs', () => {
    expect(webhookUrlProblem('https://hooks.example.com/corral?x=1')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:8080/')).toBeNull();
    expect(webhookUrlProblem('https://us%40er:p%C3%A4ss@example.com/')).toBeNull();
  });

  it('masks the user info of a URL for emails and logs', () => {
    expect(withoutUserInfo('https://user:s3cret@hooks.example.com/in?x=1')).toBe('https://hooks.example.com/in?x=1');
    expect(withoutUserInfo('https://token@hooks.example.com/')).toBe('https://hooks.example.com/');
    expect(withoutUserInfo('https://hooks.example.com/in')).toBe('https://hooks.example.com/in');
  });
});
