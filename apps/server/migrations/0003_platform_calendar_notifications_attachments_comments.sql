-- Table comments (CONVENTIONS.md: COMMENT ON tables). Hand-written, reviewed.
COMMENT ON TABLE calendar_years IS 'Official Chinese calendar per year (national, not tenant-owned): holidays = days off by festival, workdays = weekend days made working days (调休); loaded from the bundled State Council data on first use, replaced by administrators';--> statement-breakpoint
COMMENT ON TABLE notifications IS 'In-app notices (站内消息), one row per recipient; outbound_* columns make it the outbox of the SMS / e-mail adapters';--> statement-breakpoint
COMMENT ON TABLE attachments IS 'Uploaded files: metadata only; the bytes are in the blob store at blobs/ab/cd/<sha256>, one blob per content';--> statement-breakpoint
COMMENT ON COLUMN users.is_department_head IS 'Head of its department: receives notices addressed to department heads';
