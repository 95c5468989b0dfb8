CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"ip" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"org_unit_id" integer,
	"before" jsonb,
	"after" jsonb,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"user_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"file_name" text,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"kind" text NOT NULL,
	"division_code" text,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"resident_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"from_org_unit_id" integer,
	"to_org_unit_id" integer,
	"detail" jsonb,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"surname" text DEFAULT '' NOT NULL,
	"given_names" text DEFAULT '' NOT NULL,
	"name_zh" text,
	"name_sort" text DEFAULT '' NOT NULL,
	"name_initials" text DEFAULT '' NOT NULL,
	"sex" text,
	"birth_date" date,
	"nationality" text NOT NULL,
	"doc_type" text NOT NULL,
	"doc_number" text NOT NULL,
	"doc_issuing_country" text NOT NULL,
	"doc_expiry" date,
	"visa_type" text,
	"visa_number" text,
	"visa_entries" text,
	"visa_issue_date" date,
	"visa_expiry" date,
	"purpose" text,
	"employer" text,
	"occupation" text,
	"address_building" text,
	"address_room" text,
	"address_detail" text,
	"phone" text,
	"arrival_date" date,
	"arrival_port" text,
	"departure_date" date,
	"host" text,
	"accommodation_registered" boolean DEFAULT false NOT NULL,
	"accommodation_registered_on" date,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"archive_reason" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "jobs_user_idx" ON "jobs" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "org_units_path_idx" ON "org_units" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_division_code_idx" ON "org_units" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "resident_movements_resident_idx" ON "resident_movements" USING btree ("resident_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "residents_document_idx" ON "residents" USING btree ("doc_issuing_country","doc_number");--> statement-breakpoint
CREATE INDEX "residents_doc_number_idx" ON "residents" USING btree ("doc_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "residents_org_status_idx" ON "residents" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "residents_nationality_idx" ON "residents" USING btree ("nationality","status");--> statement-breakpoint
CREATE INDEX "residents_arrival_idx" ON "residents" USING btree ("arrival_date");--> statement-breakpoint
CREATE INDEX "residents_doc_expiry_idx" ON "residents" USING btree ("doc_expiry");--> statement-breakpoint
CREATE INDEX "residents_visa_expiry_idx" ON "residents" USING btree ("visa_expiry");--> statement-breakpoint
CREATE INDEX "residents_updated_idx" ON "residents" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "residents_name_zh_idx" ON "residents" USING btree ("name_zh" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "residents_initials_idx" ON "residents" USING btree ("name_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "residents_name_trgm_idx" ON "residents" USING gin ((lower("surname" || ' ' || "given_names") || ' ' || coalesce("name_zh", '')) gin_trgm_ops);