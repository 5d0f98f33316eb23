CREATE TABLE "safebox_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"note" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safebox_deposits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"idx" bigint NOT NULL,
	"entry" "bytea" NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"salt" text NOT NULL,
	"title" text NOT NULL,
	"category" text,
	"description" text,
	"file_name" text,
	"file_size" bigint,
	"deposited_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safebox_log_counter" (
	"id" smallint PRIMARY KEY NOT NULL,
	"next_index" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safebox_log_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"checkpoint_id" bigint NOT NULL,
	"log_key" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safebox_notarisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"deposit_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"reason" text,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"notary_key_id" uuid,
	"cosigned_checkpoint" text,
	"cosigned_size" bigint,
	"statement" text
);
--> statement-breakpoint
CREATE TABLE "safebox_notary_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"notary_user_id" uuid NOT NULL,
	"verifier_key" text NOT NULL,
	"status" text NOT NULL,
	"registered_by" uuid NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "safebox_notary_keys_status_ck" CHECK (status in ('active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "safebox_notary_keystores" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"key_name" text NOT NULL,
	"public_key" "bytea" NOT NULL,
	"sealed_seed" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safebox_tiles" (
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hashes" "bytea" NOT NULL,
	CONSTRAINT "safebox_tiles_level_idx_pk" PRIMARY KEY("level","idx")
);
--> statement-breakpoint
ALTER TABLE "safebox_deposits" ADD CONSTRAINT "safebox_deposits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_deposits" ADD CONSTRAINT "safebox_deposits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_deposits" ADD CONSTRAINT "safebox_deposits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notarisations" ADD CONSTRAINT "safebox_notarisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notarisations" ADD CONSTRAINT "safebox_notarisations_deposit_id_safebox_deposits_id_fk" FOREIGN KEY ("deposit_id") REFERENCES "public"."safebox_deposits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notarisations" ADD CONSTRAINT "safebox_notarisations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notarisations" ADD CONSTRAINT "safebox_notarisations_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notarisations" ADD CONSTRAINT "safebox_notarisations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notary_keys" ADD CONSTRAINT "safebox_notary_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notary_keys" ADD CONSTRAINT "safebox_notary_keys_notary_user_id_users_id_fk" FOREIGN KEY ("notary_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notary_keys" ADD CONSTRAINT "safebox_notary_keys_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notary_keystores" ADD CONSTRAINT "safebox_notary_keystores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safebox_notary_keystores" ADD CONSTRAINT "safebox_notary_keystores_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safebox_checkpoints_size_idx" ON "safebox_checkpoints" USING btree ("size");--> statement-breakpoint
CREATE UNIQUE INDEX "safebox_deposits_idx_uq" ON "safebox_deposits" USING btree ("idx");--> statement-breakpoint
CREATE INDEX "safebox_deposits_enterprise_idx" ON "safebox_deposits" USING btree ("tenant_id","enterprise_id","deposited_at");--> statement-breakpoint
CREATE UNIQUE INDEX "safebox_notarisations_deposit_uq" ON "safebox_notarisations" USING btree ("deposit_id");--> statement-breakpoint
CREATE INDEX "safebox_notarisations_status_idx" ON "safebox_notarisations" USING btree ("tenant_id","status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "safebox_notary_keys_vkey_uq" ON "safebox_notary_keys" USING btree ("verifier_key");--> statement-breakpoint
CREATE UNIQUE INDEX "safebox_notary_keys_one_active_uq" ON "safebox_notary_keys" USING btree ("notary_user_id") WHERE status = 'active';