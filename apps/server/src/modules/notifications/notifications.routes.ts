import { InboxPage, InboxQuery, MarkAllReadResult, UnreadCount } from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { listInbox, markAllNoticesRead, markNoticeRead, unreadCount } from './notifications.service.ts';

export function notificationRoutes(app: Router, { database }: AppDeps): void {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary: 'The caller’s in-app notices (站内消息), newest first, with the unread count',
        querystring: InboxQuery,
        response: { 200: InboxPage, ...problemResponses },
      },
    },
    async (req) => listInbox(database.db, contextOf(req), req.query),
  );
  app.get(
    '/api/inbox/unread-count',
    { schema: { tags: ['inbox'], summary: 'How many of the caller’s notices are unread', querystring: NoQuery, response: { 200: UnreadCount, ...problemResponses } } },
    async (req) => unreadCount(database.db, contextOf(req)),
  );
  app.post(
    '/api/inbox/:id/read',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Mark one of the caller’s notices read (idempotent)',
        params: z.object({ id: z.string().uuid() }),
        response: { 204: z.null(), ...problemResponses, ...notFoundResponse },
      },
    },
    async (req, reply) => {
      await markNoticeRead(database.db, contextOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/inbox/read-all',
    { schema: { tags: ['inbox'], summary: 'Mark every unread notice of the caller read', response: { 200: MarkAllReadResult, ...problemResponses } } },
    async (req) => markAllNoticesRead(database.db, contextOf(req)),
  );
}
