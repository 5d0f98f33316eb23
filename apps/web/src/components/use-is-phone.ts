import { Grid } from 'antd';

/** Phone width (below antd's `sm`, 576 px; covers the 390 px target): drawer menu, cards not tables. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: decide from the window.
  if (screens.sm === undefined) return typeof window !== 'undefined' && window.innerWidth < 576;
  return !screens.sm;
}
