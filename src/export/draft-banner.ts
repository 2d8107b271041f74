/** The words every page of an unapproved statement carries, in Word and in Excel alike. */
export const DRAFT_BANNER = 'DRAFT — not yet approved';
