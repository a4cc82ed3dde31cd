/** Retry delays never grow past an hour, so a recovered endpoint hears again within the hour. */
export const RETRY_CAP_MS = 3_600_000;

/** An endpoint whose every attempt failed for this long is disabled (API.md: "after 3 days"). */
export const DISABLE_AFTER_MS = 3 * 86_400_000;

/** Events (and their deliveries) are kept this long for the delivery log, then deleted. */
export const WEBHOOK_RETENTION_DAYS = 30;

/**
 * The wait before the next attempt after `failedAttempts` failures (1 for the first), with full
 * jitter: uniformly random up to base × 2^(failures − 1), capped. Randomness spreads the retries of
 * the many deliveries an outage left pending, so a recovering receiver is not hit by all at once.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.min(failedAttempts - 1, 30));
  return Math.round(random() * ceiling);
}

/** Why a URL cannot be a webhook endpoint's, as a fragment after the field name; null when it can. */
export function webhookUrlProblem(url: string): string | null {
  if (url.length > 2048) return 'must be at most 2048 characters long';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must start with http:// or https://';
  if (!parsed.hostname) return 'must name a host';
  // The sender decodes the user info at every attempt: a malformed %-escape would fail each one.
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
  } catch {
    return 'must not have a malformed %-escape in its user name or password';
  }
  return null;
}

/** The URL as members, emails and logs may show it: a `user:password@` it carries is a credential. */
export function withoutUserInfo(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
