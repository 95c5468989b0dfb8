CREATE TABLE "travel_applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan_item_id" integer,
	"task" text NOT NULL,
	"purpose" text,
	"inviter_name" text NOT NULL,
	"inviter_country" text NOT NULL,
	"inviter_intermediary" boolean DEFAULT false NOT NULL,
	"depart_date" date NOT NULL,
	"return_date" date NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"legs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"funding_source" text,
	"publicity_start" date,
	"publicity_end" date,
	"contact_name" text,
	"contact_phone" text,
	"submitted_at" timestamp with time zone,
	"first_submitted_on" date,
	"decided_at" timestamp with time zone,
	"decided_on" date,
	"reviewed_by_org_unit_id" integer,
	"removed_members" text[] DEFAULT '{}'::text[] NOT NULL,
	"days_cut" integer DEFAULT 0 NOT NULL,
	"approved_depart" date,
	"approved_return" date,
	"decision_doc_no" text,
	"decision_comment" text,
	"forwarded_on" date,
	"forwarded_to" text,
	"forwarded_by_org_unit_id" integer,
	"actual_depart" date,
	"actual_return" date,
	"actual_members" text[] DEFAULT '{}'::text[] NOT NULL,
	"passports_due" date,
	"passports_returned_on" date,
	"report_due" date,
	"report_filed_on" date,
	"report_summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "travel_passports" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"holder_name" text NOT NULL,
	"passport_type" text NOT NULL,
	"number" text NOT NULL,
	"expiry" date NOT NULL,
	"state" text DEFAULT 'in_custody' NOT NULL,
	"held_by" text,
	"issued_on" date,
	"returned_on" date,
	"application_id" integer,
	"due_back" date,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "travel_plan_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"people" integer NOT NULL,
	"days" integer NOT NULL,
	"month" integer,
	"budget" integer DEFAULT 0 NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "travel_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "travel_reminders" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"message" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" integer,
	"sent_by_name" text,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "travel_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"effective_from" date NOT NULL,
	"document_number" text NOT NULL,
	"title" text NOT NULL,
	"params" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "travel_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"actor_org_unit_id" integer,
	"comment" text,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "travel_applications_org_idx" ON "travel_applications" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "travel_applications_depart_idx" ON "travel_applications" USING btree ("depart_date");--> statement-breakpoint
CREATE INDEX "travel_applications_decided_idx" ON "travel_applications" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "travel_applications_plan_item_idx" ON "travel_applications" USING btree ("plan_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_passports_number_idx" ON "travel_passports" USING btree ("number");--> statement-breakpoint
CREATE INDEX "travel_passports_org_idx" ON "travel_passports" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "travel_plan_items_plan_idx" ON "travel_plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_plans_unit_year_idx" ON "travel_plans" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "travel_reminders_org_idx" ON "travel_reminders" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "travel_reminders_application_idx" ON "travel_reminders" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_rules_kind_from_idx" ON "travel_rules" USING btree ("kind","effective_from");--> statement-breakpoint
CREATE INDEX "travel_steps_application_idx" ON "travel_steps" USING btree ("application_id");