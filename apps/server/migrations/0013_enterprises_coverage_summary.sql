CREATE TABLE "enterprise_coverage_summary" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"town_id" uuid NOT NULL,
	"division" text NOT NULL,
	"total" integer NOT NULL,
	"patent" integer NOT NULL,
	"rd_institution" integer NOT NULL,
	"rd_spending" integer NOT NULL,
	"iur" integer NOT NULL,
	"high_tech" integer NOT NULL,
	"all_five" integer NOT NULL,
	CONSTRAINT "enterprise_coverage_summary_tenant_id_year_town_id_division_pk" PRIMARY KEY("tenant_id","year","town_id","division")
);
--> statement-breakpoint
ALTER TABLE "enterprise_coverage_summary" ADD CONSTRAINT "enterprise_coverage_summary_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;