// The unit step of `npm test`: every unit test except the attack cases, which test:security has
// just run in the same `npm test` (the same files twice cost about two minutes of CI on two cores).
// `npm run test:unit` (tests/vitest.config.ts) still runs them all.
import { defineConfig, mergeConfig } from 'vitest/config';
import { ATTACK_CASE_FILES } from './security/attackCases';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ['**/node_modules/**', ...ATTACK_CASE_FILES] } }),
);
