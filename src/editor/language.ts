/** The script language's id in Monaco and the marker owners its adapters write under. */
export const LANGUAGE_ID = 'promo-script';

/** Markers from the checker (diagnostics adapter). */
export const CHECK_OWNER = 'promo-script-check';

/** The marker of the last Run's runtime error; cleared by the next edit or run. */
export const RUN_OWNER = 'promo-script-run';
