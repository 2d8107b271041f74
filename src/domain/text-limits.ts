/** SharePoint's single line of text holds at most 255 characters. */
export const SINGLE_LINE_LIMIT = 255;
/** A sensible ceiling for multi-line text in one field of the plan. */
export const MULTI_LINE_LIMIT = 4000;
