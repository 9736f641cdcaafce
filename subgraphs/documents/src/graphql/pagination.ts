/** The largest page any list of this subgraph returns. */
export const MAX_PAGE_SIZE = 100;
