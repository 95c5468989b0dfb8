CREATE TABLE "known_devices" (
	"token_hash" text NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "known_devices_token_hash_user_id_pk" PRIMARY KEY("token_hash","user_id")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"account" text NOT NULL,
	"source" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_attempts_account_source_pk" PRIMARY KEY("account","source")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "jobs" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "known_devices_user_idx" ON "known_devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "known_devices_expires_idx" ON "known_devices" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "login_attempts_last_idx" ON "login_attempts" USING btree ("last_failure_at");--> statement-breakpoint
CREATE INDEX "rate_limits_window_idx" ON "rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_notice_days_date_idx" ON "holiday_notice_days" USING btree ("date");--> statement-breakpoint
CREATE INDEX "holiday_notice_days_notice_idx" ON "holiday_notice_days" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_notices_year_idx" ON "holiday_notices" USING btree ("year");--> statement-breakpoint
CREATE INDEX "residents_departure_idx" ON "residents" USING btree ("departure_date") WHERE "residents"."status" in ('active', 'departed') and "residents"."departure_date" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "friendship_cities_pair_idx" ON "friendship_cities" USING btree ("org_unit_id","country","foreign_city_zh") WHERE "friendship_cities"."archived_at" is null;--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";