CREATE TABLE "safebox_checkpoint_timestamps" (
	"checkpoint_id" bigint PRIMARY KEY NOT NULL,
	"tsa_url" text NOT NULL,
	"token" "bytea" NOT NULL,
	"stamped_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "safebox_checkpoint_timestamps" ADD CONSTRAINT "safebox_checkpoint_timestamps_checkpoint_id_safebox_checkpoints_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."safebox_checkpoints"("id") ON DELETE no action ON UPDATE no action;