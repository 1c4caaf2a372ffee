/**
 * How hard the property tests (fast-check) try. `npm test` runs 10,000 generated cases per
 * property. Under mutation testing each surviving mutant reruns the covering tests, and 10,000
 * cases of mutated code ran into Stryker's timeout again and again (the full run stalled for half
 * an hour on them); a broken rule shows within a few hundred cases, so a mutation run uses 300.
 */
const underMutation = process.env.STRYKER_MUTATOR_WORKER !== undefined;

export const PROPERTY_RUNS = { numRuns: underMutation ? 300 : 10_000 };

/** 10,000 runs take seconds; on a busy two-core CI machine several times that. */
export const PROPERTY_TIMEOUT = 120_000;
