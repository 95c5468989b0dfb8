CREATE TABLE "service_legalization_fees" (
	"id" serial PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"urgency" text NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_legalization_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"doc_type" text NOT NULL,
	"issuer" text NOT NULL,
	"holder_name" text,
	"issued_on" date NOT NULL,
	"country_of_use" text NOT NULL,
	"pieces" integer DEFAULT 1 NOT NULL,
	"notarized" boolean DEFAULT false NOT NULL,
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
CREATE TABLE "service_legalization_register" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"route" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"item_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"case_number" text,
	"applicant_name" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer_name" text NOT NULL,
	"signer_capacity" text NOT NULL,
	"signer_capacity_en" text NOT NULL,
	"authority" text NOT NULL,
	"authority_en" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_legalization_states" (
	"iso3" text PRIMARY KEY NOT NULL,
	"apostille_from" date,
	"objection" boolean DEFAULT false NOT NULL,
	"embassy_step" boolean DEFAULT true NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_legalization_fees" ADD CONSTRAINT "service_legalization_fees_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_fees" ADD CONSTRAINT "service_legalization_fees_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_items" ADD CONSTRAINT "service_legalization_items_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_items" ADD CONSTRAINT "service_legalization_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_items" ADD CONSTRAINT "service_legalization_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_items" ADD CONSTRAINT "service_legalization_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_register" ADD CONSTRAINT "service_legalization_register_item_id_service_legalization_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."service_legalization_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_register" ADD CONSTRAINT "service_legalization_register_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_register" ADD CONSTRAINT "service_legalization_register_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_register" ADD CONSTRAINT "service_legalization_register_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_register" ADD CONSTRAINT "service_legalization_register_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_states" ADD CONSTRAINT "service_legalization_states_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_legalization_states" ADD CONSTRAINT "service_legalization_states_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_legalization_fees_key_idx" ON "service_legalization_fees" USING btree ("category","urgency");--> statement-breakpoint
CREATE INDEX "service_legalization_items_case_idx" ON "service_legalization_items" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_legalization_register_number_idx" ON "service_legalization_register" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "service_legalization_register_seq_idx" ON "service_legalization_register" USING btree ("route","year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "service_legalization_register_item_idx" ON "service_legalization_register" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "service_legalization_register_org_idx" ON "service_legalization_register" USING btree ("org_unit_id","issued_on");