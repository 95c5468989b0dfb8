CREATE TABLE "service_unit_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"unit_name_zh" text NOT NULL,
	"unit_name_en" text DEFAULT '' NOT NULL,
	"credit_code" text NOT NULL,
	"address" text NOT NULL,
	"org_unit_id" integer NOT NULL,
	"clerk_name" text NOT NULL,
	"clerk_id_number" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"filing_id" integer,
	"licence_id" integer,
	"uploads" integer DEFAULT 0 NOT NULL,
	"ip" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"reject_reason" text,
	"unit_id" integer,
	"user_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	"archived_at" timestamp with time zone,
	"archive_reason" text
);
--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_filing_id_attachments_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_licence_id_attachments_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_registrations" ADD CONSTRAINT "service_unit_registrations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_unit_registrations_token_idx" ON "service_unit_registrations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "service_unit_registrations_credit_idx" ON "service_unit_registrations" USING btree ("credit_code") WHERE "service_unit_registrations"."state" in ('pending', 'approved');--> statement-breakpoint
CREATE UNIQUE INDEX "service_unit_registrations_username_idx" ON "service_unit_registrations" USING btree (lower("username")) WHERE "service_unit_registrations"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "service_unit_registrations_org_idx" ON "service_unit_registrations" USING btree ("org_unit_id","state");