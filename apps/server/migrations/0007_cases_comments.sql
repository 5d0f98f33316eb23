-- Table comments for the case tables (CONVENTIONS.md: COMMENT ON tables). Hand-written, reviewed.
COMMENT ON TABLE cases IS 'Cases (诉求/申请): one request of an enterprise (service item, free-form request or resource), routed to a lead department and handled to the end';--> statement-breakpoint
COMMENT ON COLUMN cases.number IS 'YJ<year>-<6 digits>, unique per tenant, issued from case_number_counters';--> statement-breakpoint
COMMENT ON COLUMN cases.item_version IS 'The service item version the case was filed (or triaged) under';--> statement-breakpoint
COMMENT ON COLUMN cases.submitted_on IS 'Calendar day of submission in Asia/Shanghai';--> statement-breakpoint
COMMENT ON COLUMN cases.due_on IS 'addWorkingDays(submitted_on, promised_days + paused_working_days) on the official working calendar';--> statement-breakpoint
COMMENT ON COLUMN cases.paused_since IS 'Day a supplement (补正) was requested; the deadline clock is paused until the enterprise answers';--> statement-breakpoint
COMMENT ON COLUMN cases.resume_status IS 'The status a supplement returns the case to';--> statement-breakpoint
COMMENT ON COLUMN cases.escalated_at IS 'When the case was found overdue and put under supervision (督办); set once';--> statement-breakpoint
COMMENT ON TABLE case_number_counters IS 'Last case number issued per tenant and year';--> statement-breakpoint
COMMENT ON TABLE case_tasks IS 'Co-handling tasks (多跨协同) of other departments and follow-up tasks after a bad rating';--> statement-breakpoint
COMMENT ON TABLE case_events IS 'Timeline of a case: one row per action (actor, time, note), seq numbered per case';--> statement-breakpoint
COMMENT ON TABLE case_materials IS 'Files attached to a case (application and supplements); bytes in the attachments module';--> statement-breakpoint
COMMENT ON TABLE case_ratings IS 'The enterprise''s rating (好差评) of a resolved case, 1-5; a reason is required for 1-2';
