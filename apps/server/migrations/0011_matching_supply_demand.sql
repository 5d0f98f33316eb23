CREATE TABLE "match_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"title" text NOT NULL,
	"parties" text[] NOT NULL,
	"amount_yuan" bigint NOT NULL,
	"signed_on" date NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"contract_attachment_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"industry_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"keywords" text[] NOT NULL,
	"status" text NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"budget_band" text,
	"salary_band" text,
	"deadline" date,
	"role" text,
	"requirements" text,
	"education" text,
	"place" text,
	"headcount" integer,
	"mode" text,
	"department_id" uuid,
	"posted_by" uuid,
	"posted_at" timestamp with time zone NOT NULL,
	"solved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_reason" text
);
--> statement-breakpoint
CREATE TABLE "match_engagement_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"candidate_name" text NOT NULL,
	"status" text NOT NULL,
	"meeting_on" date,
	"meeting_place" text,
	"meeting_note" text,
	"consented_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"industry_code" text NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"reason" text NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"owner_org" text NOT NULL,
	"owner_expert_id" uuid,
	"fields" text[] NOT NULL,
	"description" text NOT NULL,
	"transfer_mode" text NOT NULL,
	"asking_price_yuan" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"org" text NOT NULL,
	"org_type" text NOT NULL,
	"region" text NOT NULL,
	"leader_name" text NOT NULL,
	"member_count" integer NOT NULL,
	"fields" text[] NOT NULL,
	"description" text NOT NULL,
	"outputs" jsonb NOT NULL,
	"availability" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "experience" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "desired_place" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "talents" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "match_adjustments" ADD CONSTRAINT "match_adjustments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_adjustments" ADD CONSTRAINT "match_adjustments_demand_id_match_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."match_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_adjustments" ADD CONSTRAINT "match_adjustments_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_agreements" ADD CONSTRAINT "match_agreements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_agreements" ADD CONSTRAINT "match_agreements_engagement_id_match_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."match_engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_agreements" ADD CONSTRAINT "match_agreements_demand_id_match_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."match_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_agreements" ADD CONSTRAINT "match_agreements_contract_attachment_id_attachments_id_fk" FOREIGN KEY ("contract_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_demands" ADD CONSTRAINT "match_demands_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_demands" ADD CONSTRAINT "match_demands_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_demands" ADD CONSTRAINT "match_demands_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_demands" ADD CONSTRAINT "match_demands_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagement_events" ADD CONSTRAINT "match_engagement_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagement_events" ADD CONSTRAINT "match_engagement_events_engagement_id_match_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."match_engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagement_events" ADD CONSTRAINT "match_engagement_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagements" ADD CONSTRAINT "match_engagements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagements" ADD CONSTRAINT "match_engagements_demand_id_match_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."match_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_engagements" ADD CONSTRAINT "match_engagements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_demand_id_match_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."match_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_demand_id_match_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."match_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_invitations" ADD CONSTRAINT "match_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outputs" ADD CONSTRAINT "match_outputs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outputs" ADD CONSTRAINT "match_outputs_owner_expert_id_experts_id_fk" FOREIGN KEY ("owner_expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_teams" ADD CONSTRAINT "match_teams_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_adjustments_demand_candidate_uq" ON "match_adjustments" USING btree ("demand_id","candidate_kind","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_agreements_engagement_uq" ON "match_agreements" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "match_agreements_tenant_signed_idx" ON "match_agreements" USING btree ("tenant_id","signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "match_demands_tenant_number_uq" ON "match_demands" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "match_demands_tenant_enterprise_idx" ON "match_demands" USING btree ("tenant_id","enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_engagement_events_seq_uq" ON "match_engagement_events" USING btree ("engagement_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "match_engagements_demand_candidate_uq" ON "match_engagements" USING btree ("demand_id","candidate_kind","candidate_id");--> statement-breakpoint
CREATE INDEX "match_engagements_tenant_status_idx" ON "match_engagements" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "match_feedback_demand_candidate_uq" ON "match_feedback" USING btree ("demand_id","candidate_kind","candidate_id");--> statement-breakpoint
CREATE INDEX "match_feedback_tenant_industry_idx" ON "match_feedback" USING btree ("tenant_id","industry_code");--> statement-breakpoint
CREATE UNIQUE INDEX "match_invitations_demand_expert_uq" ON "match_invitations" USING btree ("demand_id","expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_outputs_tenant_code_uq" ON "match_outputs" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "match_teams_tenant_code_uq" ON "match_teams" USING btree ("tenant_id","code");