import type { ChildProcess } from 'child_process';

export const MAIN: string;
export function freePort(): Promise<number>;
export function databaseUrlOf(adminUrl: string, name: string): string;
export function dropDatabase(adminUrl: string, name: string): Promise<void>;
export function clearRedisPrefix(redisUrl: string, prefix: string): Promise<void>;

export interface BuiltApi {
  child: ChildProcess;
  url: string;
  /** Everything it has printed so far, stdout and stderr. */
  output: string;
}

export function startBuiltApi(options: { port: number; env: Record<string, string | undefined>; readyWhen?: RegExp; nodeArgs?: string[] }): Promise<BuiltApi>;
export function stopProcess(child: ChildProcess, signal?: NodeJS.Signals, killAfterMs?: number): Promise<void>;
