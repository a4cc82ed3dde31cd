import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/config';

/**
 * Runs `tick` every SCHEDULER_INTERVAL_SECONDS, skipping a beat while the previous tick of the same
 * name still runs in this process (a short interval on a slow database must not stack them up).
 * Registered with @nestjs/schedule, which clears it on shutdown. Locks between processes stay the
 * caller's business.
 */
export function everySchedulerInterval(registry: SchedulerRegistry, config: AppConfig, name: string, tick: () => Promise<unknown>): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void tick().finally(() => (running = false));
  }, config.schedulerIntervalSeconds * 1000);
  registry.addInterval(name, timer);
}
