CREATE TABLE "service_visa_passports" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"holder_name" text NOT NULL,
	"passport_number" text NOT NULL,
	"country" text NOT NULL,
	"visa_type" text DEFAULT 'official' NOT NULL,
	"papers" text,
	"status" text DEFAULT 'received' NOT NULL,
	"sent_on" date,
	"result_on" date,
	"result_note" text,
	"returned_on" date,
	"clerk_name" text,
	"noticed_on" date,
	"notice_note" text,
	"corrected_on" date,
	"not_accepted_reason" text,
	"travel_application_id" integer,
	"travel_passport_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_visa_passports" ADD CONSTRAINT "service_visa_passports_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visa_passports" ADD CONSTRAINT "service_visa_passports_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visa_passports" ADD CONSTRAINT "service_visa_passports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visa_passports" ADD CONSTRAINT "service_visa_passports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_visa_passports_case_idx" ON "service_visa_passports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "service_visa_passports_org_idx" ON "service_visa_passports" USING btree ("org_unit_id");