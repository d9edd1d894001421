// Types for scripts/test-server.mjs, so the TypeScript test suites can start the app too.
import type { ChildProcess, StdioOptions } from "node:child_process";

export const TMP_DIR: string;
export function freshDatabase(file: string): void;
export function spawnServer(options: { port: number | string; file: string; env?: Record<string, string>; stdio?: StdioOptions }): ChildProcess;
