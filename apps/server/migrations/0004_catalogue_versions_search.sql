CREATE TABLE "catalogue_import_rejects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"kind" text NOT NULL,
	"workbook" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_item_versions" (
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_note" text NOT NULL,
	CONSTRAINT "service_item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "status" text DEFAULT 'in_force' NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "search_name_tokens" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "search_main_tokens" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "search_rest_tokens" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "name_initials" text;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "related_resource_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "search_name_tokens" text;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "search_main_tokens" text;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "search_rest_tokens" text;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "name_initials" text;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue_import_rejects" ADD CONSTRAINT "catalogue_import_rejects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_item_id_service_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."service_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_import_rejects_expires_idx" ON "catalogue_import_rejects" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "service_item_versions_tenant_idx" ON "service_item_versions" USING btree ("tenant_id");