/**
 * Old home of the engine's loader, kept only for the tests that import it
 * (tests/engine/helpers.ts, tests/engine/golden.test.ts,
 * tests/explorer/outcome.test.ts). The engine reads no files: new code
 * imports src/lib/engine-input.ts. Delete this file when those switch.
 */
export { loadEngineInput as laadEngineInvoer, readRuleFiles as leesRegelBestanden, type EngineInput as EngineInvoer } from '../lib/engine-input.ts';
