CREATE TABLE "holiday_notice_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"notice_id" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"document_number" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"notes" text,
	"org_unit_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_notice_days_date_idx" ON "holiday_notice_days" USING btree ("date");--> statement-breakpoint
CREATE INDEX "holiday_notice_days_notice_idx" ON "holiday_notice_days" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_notices_year_idx" ON "holiday_notices" USING btree ("year");