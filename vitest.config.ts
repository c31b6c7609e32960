import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { ofstedDataset } from './modules/ofsted-dataset.ts';

export default defineConfig({
  plugins: [WxtVitest(), ofstedDataset({ seedsDir: fileURLToPath(new URL('./seeds', import.meta.url)) })],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
