// A topic's article order as editors change it: one step up or down at a time.

export type MoveDirection = "up" | "down";

/**
 * The order with `id` moved one place; the same order at either end; null when `id` is not in it.
 */
export function moveInOrder(order: readonly number[], id: number, direction: MoveDirection): number[] | null {
  const from = order.indexOf(id);
  if (from < 0) return null;
  const to = direction === "up" ? from - 1 : from + 1;
  const moved = [...order];
  if (to < 0 || to >= moved.length) return moved;
  [moved[from], moved[to]] = [moved[to] as number, moved[from] as number];
  return moved;
}
