// Which rows of a long list to render: only those near the viewport (fixed row height).

export interface WindowRange {
  start: number;
  end: number; // exclusive
  padTop: number;
  padBottom: number;
}

/**
 * @param listTop  the list's top edge relative to the viewport's top (may be negative)
 * @param viewport the viewport height
 * @param count    rows in the list
 * @param rowHeight pixels per row
 * @param overscan extra rows rendered above and below
 */
export function visibleRange(
  listTop: number,
  viewport: number,
  count: number,
  rowHeight: number,
  overscan = 8,
): WindowRange {
  if (count === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, -listTop) / rowHeight);
  const last = Math.ceil(Math.max(0, viewport - listTop) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/** Whether the end of the rendered list is close enough to the viewport to fetch more. */
export function nearEnd(range: WindowRange, count: number, threshold = 10): boolean {
  return count - range.end <= threshold;
}
