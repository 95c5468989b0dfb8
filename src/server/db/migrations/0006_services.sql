CREATE TABLE "service_case_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"attachment_id" integer,
	"status" text DEFAULT 'received' NOT NULL,
	"original_seen" boolean DEFAULT false NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_case_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"step" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"on_date" date NOT NULL,
	"actor_id" integer,
	"reason" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"org_unit_id" integer NOT NULL,
	"office_id" integer NOT NULL,
	"unit_id" integer,
	"applicant_name" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"applicant_id_number" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text,
	"submitted_on" date,
	"accepted_on" date,
	"decided_on" date,
	"closed_on" date,
	"due_on" date,
	"assignee_id" integer,
	"pieces" integer DEFAULT 0 NOT NULL,
	"persons" integer DEFAULT 0 NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee_amount" numeric(12, 2),
	"fee_paid_on" date,
	"delivery" text DEFAULT 'pickup' NOT NULL,
	"delivery_address" text,
	"delivered_on" date,
	"result_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_checklist_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"original_or_copy" text DEFAULT 'copy' NOT NULL,
	"file_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_kb" integer,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_kind_settings" (
	"kind" text PRIMARY KEY NOT NULL,
	"legal_limit_days" integer NOT NULL,
	"promised_limit_days" integer NOT NULL,
	"urgent_limit_days" integer,
	"warning_days" integer DEFAULT 1 NOT NULL,
	"stage_limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_case_documents" ADD CONSTRAINT "service_case_documents_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_documents" ADD CONSTRAINT "service_case_documents_item_id_service_checklist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."service_checklist_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_documents" ADD CONSTRAINT "service_case_documents_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_documents" ADD CONSTRAINT "service_case_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_documents" ADD CONSTRAINT "service_case_documents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_events" ADD CONSTRAINT "service_case_events_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_events" ADD CONSTRAINT "service_case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_office_id_org_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_checklist_items" ADD CONSTRAINT "service_checklist_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_checklist_items" ADD CONSTRAINT "service_checklist_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_kind_settings" ADD CONSTRAINT "service_kind_settings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_kind_settings" ADD CONSTRAINT "service_kind_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_case_documents_case_idx" ON "service_case_documents" USING btree ("case_id","item_id");--> statement-breakpoint
CREATE INDEX "service_case_events_case_idx" ON "service_case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_cases_number_idx" ON "service_cases" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_cases_org_idx" ON "service_cases" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "service_cases_office_idx" ON "service_cases" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "service_cases_kind_submitted_idx" ON "service_cases" USING btree ("kind","submitted_on");--> statement-breakpoint
CREATE INDEX "service_cases_assignee_idx" ON "service_cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "service_checklist_kind_idx" ON "service_checklist_items" USING btree ("kind","position");