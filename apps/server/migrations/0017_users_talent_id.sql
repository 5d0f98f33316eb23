ALTER TABLE "users" ADD COLUMN "talent_id" uuid;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "availability" text DEFAULT 'available' NOT NULL;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "consent_to_contact" boolean DEFAULT false NOT NULL;--> statement-breakpoint
COMMENT ON COLUMN users.talent_id IS 'Role talent: the talent profile (talents.id) this account keeps';--> statement-breakpoint
COMMENT ON COLUMN talents.availability IS 'available, busy or unavailable; kept by the talent once it has a sign-in';--> statement-breakpoint
COMMENT ON COLUMN talents.consent_to_contact IS 'Willing to be contacted through the bureau; the phone reaches an enterprise only after the talent consents to its contact request';
