// Types for scripts/next-start.mjs, so the TypeScript scripts can start the app too.
export const KEEP_ALIVE_TIMEOUT_MS: number;
export function nextStartArgs(options: { port: number | string; host: string; nodeFlags?: string[] }): string[];
