/**
 * Flags for every headless Chromium 案鉴 starts (printing, chart images, tests): no sandbox
 * (root in CI), no GPU, and nothing that reaches for the network on a machine that has none.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
