// Types for lib/db/database-url.mjs.
export function isPostgresUrl(url: string): boolean;
export function postgresDatabaseName(url: string): string;
export function isPostgresTestUrl(url: string): boolean;
export function assertPostgresTestUrl(url: string, doing: string): void;
export function withPostgresDatabase(url: string, name: string): string;
