/**
 * Counts hits per client IP in fixed one-minute windows. Memory is bounded by the IPs seen in the
 * current minute: the map is dropped when the minute changes.
 */
export class PerIpLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while `ip` is within its allowance (always true when the limit is 0). */
  allow(ip: string): boolean {
    if (this.perMinute === 0) return true;
    const window = Math.floor(this.now() / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(ip) ?? 0) + 1;
    this.counts.set(ip, count);
    return count <= this.perMinute;
  }
}
