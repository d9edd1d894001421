// Types for scripts/test-server.mjs, so the TypeScript test suites can start the app too.
import type { ChildProcess, StdioOptions } from "node:child_process";

export const TMP_DIR: string;
export function databaseUrl(target: string): string;
export function freshDatabase(target: string): Promise<string>;
export function spawnServer(options: { port: number | string; file?: string; url?: string; env?: Record<string, string>; stdio?: StdioOptions }): ChildProcess;
export function waitUntilServing(origin: string, child: ChildProcess, options?: { timeoutMs?: number; logFile?: string }): Promise<void>;
export function stopServer(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
export function exitWith(servers: ChildProcess[]): void;
