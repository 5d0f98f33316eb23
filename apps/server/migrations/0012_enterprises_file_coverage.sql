CREATE TABLE "coverage_assessment_weights" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"completion" double precision NOT NULL,
	"improvement" double precision NOT NULL,
	"tasks_on_time" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_cause_taxonomies" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"categories" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_causes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"flag" text NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"cause_code" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"scope_type" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"flag" text NOT NULL,
	"target_rate" double precision NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"assignee_user_id" uuid NOT NULL,
	"target_id" uuid,
	"flag" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"enterprise_ids" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"reminded_on" date
);
--> statement-breakpoint
CREATE TABLE "cultivation_plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cultivation_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cultivation_rule_sets" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_cooperations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"partner" text NOT NULL,
	"partner_kind" text NOT NULL,
	"project" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"amount_fen" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"changes" jsonb NOT NULL,
	"before" jsonb,
	"note" text,
	"status" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "enterprise_coverage" (
	"tenant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"town_id" uuid NOT NULL,
	"industry_code" text NOT NULL,
	"patent" boolean NOT NULL,
	"rd_institution" boolean NOT NULL,
	"rd_spending" boolean NOT NULL,
	"iur" boolean NOT NULL,
	"high_tech" boolean NOT NULL,
	CONSTRAINT "enterprise_coverage_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year")
);
--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "high_tech_revenue_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "export_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "rd_staff" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "tech_staff" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "invention_applied" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "invention_granted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "utility_applied" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "utility_granted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_yearly_stats" ADD COLUMN "valid_invention_patents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "rd_institution_level" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "rd_institution_name" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "rd_institution_since" integer;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "contacts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "coverage_assessment_weights" ADD CONSTRAINT "coverage_assessment_weights_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_cause_taxonomies" ADD CONSTRAINT "coverage_cause_taxonomies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_causes" ADD CONSTRAINT "coverage_causes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_causes" ADD CONSTRAINT "coverage_causes_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_causes" ADD CONSTRAINT "coverage_causes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_targets" ADD CONSTRAINT "coverage_targets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_tasks" ADD CONSTRAINT "coverage_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_tasks" ADD CONSTRAINT "coverage_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_tasks" ADD CONSTRAINT "coverage_tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_tasks" ADD CONSTRAINT "coverage_tasks_target_id_coverage_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."coverage_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_tasks" ADD CONSTRAINT "coverage_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plan_tasks" ADD CONSTRAINT "cultivation_plan_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plan_tasks" ADD CONSTRAINT "cultivation_plan_tasks_plan_id_cultivation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."cultivation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plan_tasks" ADD CONSTRAINT "cultivation_plan_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plan_tasks" ADD CONSTRAINT "cultivation_plan_tasks_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plan_tasks" ADD CONSTRAINT "cultivation_plan_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plans" ADD CONSTRAINT "cultivation_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plans" ADD CONSTRAINT "cultivation_plans_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_plans" ADD CONSTRAINT "cultivation_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_rule_sets" ADD CONSTRAINT "cultivation_rule_sets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_cooperations" ADD CONSTRAINT "enterprise_cooperations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_cooperations" ADD CONSTRAINT "enterprise_cooperations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_corrections" ADD CONSTRAINT "enterprise_corrections_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_corrections" ADD CONSTRAINT "enterprise_corrections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_corrections" ADD CONSTRAINT "enterprise_corrections_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_corrections" ADD CONSTRAINT "enterprise_corrections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_coverage" ADD CONSTRAINT "enterprise_coverage_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_coverage" ADD CONSTRAINT "enterprise_coverage_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_causes_scope_idx" ON "coverage_causes" USING btree ("tenant_id","flag","year","enterprise_id");--> statement-breakpoint
CREATE INDEX "coverage_targets_tenant_year_idx" ON "coverage_targets" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "coverage_tasks_tenant_year_idx" ON "coverage_tasks" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "cultivation_plan_tasks_plan_idx" ON "cultivation_plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "cultivation_plans_tenant_idx" ON "cultivation_plans" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "cultivation_plans_enterprise_idx" ON "cultivation_plans" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_cooperations_enterprise_idx" ON "enterprise_cooperations" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_corrections_tenant_status_idx" ON "enterprise_corrections" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "enterprise_corrections_enterprise_idx" ON "enterprise_corrections" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_coverage_tenant_year_idx" ON "enterprise_coverage" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "enterprise_yearly_stats_tenant_year_idx" ON "enterprise_yearly_stats" USING btree ("tenant_id","year");