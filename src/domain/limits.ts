/**
 * Every size limit the workbench enforces on what it is given, in one place. Import, the CLI, the
 * promotion editor and the simulator all validate through the domain schemas and
 * `src/bundle/validate.ts`, so a limit here holds everywhere; docs/engine.md lists them ("Limits").
 *
 * Why limits at all: a bundle or order that validates must evaluate in bounded time and memory. Each
 * value is above what a real basket or promotion set needs and below what would hang a till.
 */
export const LIMITS = {
  /**
   * Units on one order line, and on one whole order. Quantities travel as counts end to end: the
   * engine keeps units as runs, the solver takes each line's free units as one run and answers in
   * ranges and counted records, and its search follows kinds, not applications. What still grows
   * with the units is the solver module's own per-unit work (its unit table, the incumbent's
   * value fill): at 1,000,000 the sample baskets take 50–450 ms warm and the hostile orders stay
   * within the evaluation's time (docs/engine.md, "Limits").
   */
  quantityPerLine: 1_000_000,
  unitsPerOrder: 1_000_000,
  /** Lines in one order. */
  linesPerOrder: 1_000,
  /** Codes entered on one order. */
  codesPerOrder: 100,
  /** Characters in one coupon code. */
  codeLength: 200,
  /** Coupon codes listed inline in a bundle (longer lists go to a coupon CSV). */
  couponsPerBundle: 100_000,
  /** Promotions in one bundle. */
  promotionsPerBundle: 10_000,
  /**
   * Promotion–unit pairs one level search takes (each exclusive item deal's qualifying and benefit
   * units, summed over the level's deals in id order). Not an input limit: an order and a bundle
   * that pass validation can still overlap this much (10,000 deals on 5,000 units are 50,000,000
   * pairs), and the search's set-up reads every pair before its node budget counts anything. Deals
   * past it are reported as not searched (docs/engine.md, "Limits"). Four times the largest order,
   * so a line at the limit is searched whole under four deals that all take it; about 1–1.7 s of
   * one search on the 2-core reference machine.
   */
  levelPairs: 4_000_000,
  /** Tiers of an item deal (the solver's fixed width). */
  itemDealTiers: 8,
  /** Tiers, steps, answers or gift options of any other rule. */
  tiersPerRule: 100,
  /** Nesting of `all`/`any`/`not` in one condition tree (a leaf alone is depth 1). */
  conditionDepth: 16,
  /** Condition nodes (groups and leaves) in one promotion's conditions and scope together. */
  conditionNodes: 1_000,
  /** Characters in one script's source. */
  scriptLength: 100_000,
  /** Nesting of blocks, calls and operators in one script (parser and checker stop there). */
  scriptNesting: 200,
  /**
   * Height of a script's syntax tree (blocks plus operator chains such as `1 + 1 + … + 1`): the
   * checker and interpreter walk it recursively, a few stack frames per level.
   */
  scriptTreeHeight: 1_000,
  /** Characters in one string a script builds (`+` and interpolation). */
  scriptStringLength: 100_000,
  /** Entries in one `customFields` object (order, line or customer). */
  customFieldEntries: 100,
  /** Characters in one custom-field key or string value. */
  customFieldText: 1_000,
  /**
   * Largest order gross value (Σ quantity × unit price), in whole currency units: keeps every
   * amount the engines add up far inside a 64-bit integer of minor units (the WASM solver's i64).
   */
  orderValue: 100_000_000_000,
} as const;

/**
 * Evaluation budget defaults (settable per bundle in `settings` and per call): the whole
 * evaluation — every level's search and every explanation's re-solve — shares them.
 */
export const BUDGET = {
  /** Search nodes for one whole evaluation. */
  evaluationNodes: 1_000_000,
  /** Wall-clock milliseconds for one whole evaluation's searches. */
  evaluationMillis: 5_000,
  /** Largest settable node budget (per level or per evaluation). */
  maxNodes: 50_000_000,
  /** Largest settable wall-clock budget. */
  maxMillis: 60_000,
} as const;

/** `1000000` → `1,000,000`, for messages. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
