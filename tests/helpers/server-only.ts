// Stands in for the `server-only` package under Vitest, which does not run with the react-server
// condition: the real package throws on import there, by design.
export {};
