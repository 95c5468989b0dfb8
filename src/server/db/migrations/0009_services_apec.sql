CREATE TABLE "service_apec_applicants" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"id_number" text NOT NULL,
	"passport_number" text NOT NULL,
	"passport_expiry" date NOT NULL,
	"post" text NOT NULL,
	"social_insurance_6m" boolean NOT NULL,
	"no_criminal_cert_on" date,
	"photo_attachment_id" integer,
	"ministry_decision" text,
	"ministry_decided_on" date,
	"fee_paid_on" date,
	"fee_amount" numeric(10, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_apec_card_custody" (
	"id" serial PRIMARY KEY NOT NULL,
	"card_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"direction" text NOT NULL,
	"on_date" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "service_apec_cards" (
	"id" serial PRIMARY KEY NOT NULL,
	"applicant_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"number" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"passport_number" text NOT NULL,
	"passport_expiry" date NOT NULL,
	"state" text DEFAULT 'valid' NOT NULL,
	"origin" text DEFAULT 'first' NOT NULL,
	"previous_card_id" integer,
	"cancel_reason" text,
	"cancelled_on" date,
	"cancel_note" text,
	"office_custody" boolean DEFAULT false NOT NULL,
	"in_office" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_apec_conditions" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"min_staff" integer,
	"min_trade_yuan" numeric(14, 2),
	"customs_required" boolean DEFAULT false NOT NULL,
	"allowed_tax_grades" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_tax_yuan" numeric(14, 2),
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
CREATE TABLE "service_apec_economy_statuses" (
	"id" serial PRIMARY KEY NOT NULL,
	"applicant_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"economy" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "service_apec_filings" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"staff_count" integer NOT NULL,
	"trade_yuan" numeric(14, 2) NOT NULL,
	"customs_registered" boolean NOT NULL,
	"customs_code" text,
	"tax_grade" text NOT NULL,
	"tax_paid_yuan" numeric(14, 2) NOT NULL,
	"state_owned" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_apec_applicants" ADD CONSTRAINT "service_apec_applicants_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_applicants" ADD CONSTRAINT "service_apec_applicants_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_applicants" ADD CONSTRAINT "service_apec_applicants_photo_attachment_id_attachments_id_fk" FOREIGN KEY ("photo_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_applicants" ADD CONSTRAINT "service_apec_applicants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_applicants" ADD CONSTRAINT "service_apec_applicants_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_card_custody" ADD CONSTRAINT "service_apec_card_custody_card_id_service_apec_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."service_apec_cards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_card_custody" ADD CONSTRAINT "service_apec_card_custody_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_card_custody" ADD CONSTRAINT "service_apec_card_custody_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_cards" ADD CONSTRAINT "service_apec_cards_applicant_id_service_apec_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."service_apec_applicants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_cards" ADD CONSTRAINT "service_apec_cards_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_cards" ADD CONSTRAINT "service_apec_cards_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_cards" ADD CONSTRAINT "service_apec_cards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_cards" ADD CONSTRAINT "service_apec_cards_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_conditions" ADD CONSTRAINT "service_apec_conditions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_conditions" ADD CONSTRAINT "service_apec_conditions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_conditions" ADD CONSTRAINT "service_apec_conditions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_economy_statuses" ADD CONSTRAINT "service_apec_economy_statuses_applicant_id_service_apec_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."service_apec_applicants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_economy_statuses" ADD CONSTRAINT "service_apec_economy_statuses_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_economy_statuses" ADD CONSTRAINT "service_apec_economy_statuses_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_filings" ADD CONSTRAINT "service_apec_filings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_filings" ADD CONSTRAINT "service_apec_filings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_apec_filings" ADD CONSTRAINT "service_apec_filings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_apec_applicants_case_idx" ON "service_apec_applicants" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_apec_card_custody_card_idx" ON "service_apec_card_custody" USING btree ("card_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_apec_cards_number_idx" ON "service_apec_cards" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_apec_cards_org_idx" ON "service_apec_cards" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "service_apec_conditions_org_idx" ON "service_apec_conditions" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_apec_economy_statuses_idx" ON "service_apec_economy_statuses" USING btree ("applicant_id","economy");--> statement-breakpoint
CREATE UNIQUE INDEX "service_apec_filings_org_idx" ON "service_apec_filings" USING btree ("org_unit_id");