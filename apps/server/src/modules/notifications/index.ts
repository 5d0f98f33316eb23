export { notify, type Notice } from './notifications.service.ts';
export type { Recipients } from '../identity/index.ts';
export { notificationRoutes } from './notifications.routes.ts';
export {
  dispatchPending,
  startNotificationPoller,
  LogAdapter,
  outboundText,
  type NotificationDispatcher,
  type NotificationPoller,
  type OutboundChannel,
  type DispatchOptions,
} from './notification-dispatcher.ts';
