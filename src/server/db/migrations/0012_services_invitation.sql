CREATE TABLE "service_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"purpose" text,
	"cities" text,
	"entry_date" date,
	"visa_type" text,
	"entries" text,
	"validity_value" integer,
	"validity_unit" text,
	"stay_days" integer,
	"visa_country" text,
	"visa_city" text,
	"payer" text,
	"payer_note" text,
	"itinerary" text,
	"signer_name" text,
	"signer_title" text,
	"multiple_entry_reason" text,
	"office_id" integer,
	"letter_year" integer,
	"letter_seq" integer,
	"letter_number" text,
	"issued_on" date,
	"close_out_due_on" date,
	"closed_out_on" date,
	"close_out_kind" text,
	"departed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_invitees" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"org_unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"nationality" text NOT NULL,
	"passport_no" text NOT NULL,
	"passport_expiry" date NOT NULL,
	"employer" text,
	"title" text,
	"earlier_visas" boolean DEFAULT false NOT NULL,
	"crossings_last_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_invitations" ADD CONSTRAINT "service_invitations_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitations" ADD CONSTRAINT "service_invitations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitations" ADD CONSTRAINT "service_invitations_office_id_org_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitations" ADD CONSTRAINT "service_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitations" ADD CONSTRAINT "service_invitations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitees" ADD CONSTRAINT "service_invitees_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitees" ADD CONSTRAINT "service_invitees_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitees" ADD CONSTRAINT "service_invitees_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_invitees" ADD CONSTRAINT "service_invitees_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_invitations_case_idx" ON "service_invitations" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_invitations_number_idx" ON "service_invitations" USING btree ("office_id","letter_year","letter_seq");--> statement-breakpoint
CREATE INDEX "service_invitations_close_out_idx" ON "service_invitations" USING btree ("closed_out_on","close_out_due_on");--> statement-breakpoint
CREATE INDEX "service_invitees_case_idx" ON "service_invitees" USING btree ("case_id","id");