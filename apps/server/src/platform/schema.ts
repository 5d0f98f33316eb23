// Every Drizzle table of the server, for drizzle-kit and for typed relational queries.
export * from '../modules/org/org.table.ts';
export * from '../modules/identity/identity.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/enterprises/enterprises.table.ts';
export * from '../modules/catalogue/catalogue.table.ts';
export * from '../modules/talent/talent.table.ts';
export * from '../modules/calendar/calendar.table.ts';
export * from '../modules/notifications/notifications.table.ts';
export * from '../modules/attachments/attachments.table.ts';
export * from '../modules/cases/cases.table.ts';
export * from '../modules/safebox/safebox.table.ts';
export * from '../modules/matching/matching.table.ts';
export * from '../modules/coverage/coverage.table.ts';
export * from '../modules/cultivation/cultivation.table.ts';
