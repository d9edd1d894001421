// Types for tests/helpers/mail-sink.mjs.
export function mailDir(port?: string): string;
export function startMailSink(options: { dir: string; port?: number }): Promise<{ port: number; close(): Promise<void> }>;
