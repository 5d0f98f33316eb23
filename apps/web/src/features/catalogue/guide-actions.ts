import type { ServiceItemDetail } from '@yunju/contracts';

/** What the viewer may start from a service guide (the server checks again). */
export function itemActions(item: Pick<ServiceItemDetail, 'status' | 'channels'>, permissions: readonly string[]) {
  const inForce = item.status === 'in_force';
  return {
    /** 在线申请: enterprises, items in force with the online channel. */
    apply: inForce && item.channels.includes('online') && permissions.includes('case.submit'),
    /** 窗口代办: desk clerks, items in force; enabled only when the item is handled at the desk. */
    walkIn: inForce && permissions.includes('case.register_walk_in'),
    walkInEnabled: item.channels.includes('desk'),
    /** An enterprise looking at an item it cannot apply for online. */
    onlineUnavailable: inForce && !item.channels.includes('online') && permissions.includes('case.submit'),
  };
}
