// Types for scripts/pg/cluster.mjs, so the bench (TypeScript) can start and stop its own cluster.
export type ClusterOptions = { port?: number; state?: string; fsync?: boolean };

export function startCluster(options?: ClusterOptions): string;
export function stopCluster(options?: Pick<ClusterOptions, "state">): void;
export function pauseCluster(options?: Pick<ClusterOptions, "state">): void;
export function resumeCluster(options?: Pick<ClusterOptions, "state">): void;
