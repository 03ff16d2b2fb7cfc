import { afterEach } from 'vitest';

// Component tests run under jsdom (per-file environment comment); clean the DOM between tests there.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    // Each test is a new window: no sign-in, draft or language of the test before.
    sessionStorage.clear();
  }
});
