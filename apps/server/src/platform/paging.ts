/** A page of a listing: how many rows to skip and return. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** Runs a page's query and its count query together: the rows and the total (0 when the count returns nothing). */
export async function pageWithTotal<R>(rows: PromiseLike<R[]>, totals: PromiseLike<{ n: number }[]>): Promise<{ rows: R[]; total: number }> {
  const [page, counted] = await Promise.all([rows, totals]);
  return { rows: page, total: counted[0]?.n ?? 0 };
}
