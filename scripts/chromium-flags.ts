// How Chromium is launched on these machines, for the browser tests and the bench alike: no sandbox
// (run as root), no GPU, and none of the background networking that floods a closed network with
// refused connections.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
