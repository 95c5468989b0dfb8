CREATE TABLE "attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"org_unit_id" integer NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"venue" text,
	"guests_count" integer DEFAULT 0 NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"consuls_count" integer DEFAULT 0 NOT NULL,
	"media_count" integer DEFAULT 0 NOT NULL,
	"media_outlets" text[] DEFAULT '{}'::text[] NOT NULL,
	"agreements_signed" integer DEFAULT 0 NOT NULL,
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
CREATE TABLE "friendship_cities" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"foreign_city_zh" text NOT NULL,
	"foreign_city_en" text NOT NULL,
	"country" text NOT NULL,
	"province_state" text,
	"relation_type" text NOT NULL,
	"established_on" date NOT NULL,
	"agreement_doc" text,
	"status" text DEFAULT 'active' NOT NULL,
	"tier" text,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
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
CREATE TABLE "friendship_exchanges" (
	"id" serial PRIMARY KEY NOT NULL,
	"friendship_city_id" integer NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"visit_id" integer,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation" text NOT NULL,
	"head_name" text,
	"head_title" text,
	"head_rank" text,
	"people_count" integer NOT NULL,
	"purpose" text,
	"host_unit" text,
	"receiving_leader" text,
	"programme" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agreements_signed" integer DEFAULT 0 NOT NULL,
	"outcomes" text,
	"friendship_city_id" integer,
	"event_id" integer,
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
CREATE INDEX "attachments_entity_idx" ON "attachments" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settings_key_idx" ON "settings" USING btree ("org_unit_id","key");--> statement-breakpoint
CREATE INDEX "events_org_start_idx" ON "events" USING btree ("org_unit_id","start_date");--> statement-breakpoint
CREATE INDEX "friendship_cities_org_idx" ON "friendship_cities" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "friendship_cities_country_idx" ON "friendship_cities" USING btree ("country");--> statement-breakpoint
CREATE INDEX "friendship_exchanges_city_idx" ON "friendship_exchanges" USING btree ("friendship_city_id","occurred_on");--> statement-breakpoint
CREATE INDEX "visits_org_start_idx" ON "visits" USING btree ("org_unit_id","start_date");--> statement-breakpoint
CREATE INDEX "visits_start_idx" ON "visits" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "visits_city_idx" ON "visits" USING btree ("friendship_city_id");