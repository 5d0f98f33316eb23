import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../org/org.table.ts';
import { users } from '../identity/identity.table.ts';

/**
 * In-app notices (站内消息), one row per recipient. The row is also the outbox of the SMS and
 * e-mail adapters: `outbound_sent_at` stays null until the dispatcher has handed it over.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    recipientUserId: uuid('recipient_user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    /** A web route such as `/cases/<id>`. */
    link: text('link'),
    caseId: uuid('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Outbox: when the outbound adapters took the notice; null while pending. */
    outboundSentAt: timestamp('outbound_sent_at', { withTimezone: true }),
    /** Outbox: delivery attempts so far (the dispatcher gives up after a few). */
    outboundAttempts: integer('outbound_attempts').notNull().default(0),
    /** Outbox: a dispatcher holds the row until then, so two processes do not send it twice. */
    outboundLeaseUntil: timestamp('outbound_lease_until', { withTimezone: true }),
  },
  (t) => [
    index('notifications_inbox_idx').on(t.recipientUserId, t.readAt, t.createdAt),
    index('notifications_outbox_idx').on(t.createdAt).where(sql`${t.outboundSentAt} is null`),
  ],
);
