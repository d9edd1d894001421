// Types for scripts/prisma.mjs.
export const DEFAULT_DATABASE_URL: string;
/** The copy of `schemaFile` with the datasource url the Prisma 6.19 CLI needs; returns its path. */
export function prisma6Schema(schemaFile: string): string;
/** Runs the Prisma CLI (7 for generate, 6.19 for the rest) with DATABASE_URL set; returns its exit status. */
export function runPrisma(args: string[], extraEnv?: Record<string, string>): number;
