// Every web project's Vitest setup: Testing Library's DOM matchers, and an empty document after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document === 'undefined') return; // a test file of the node environment
  cleanup();
  localStorage.clear();
});
