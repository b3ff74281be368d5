CREATE TABLE "unit_report_settings" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"superior_name" text,
	"issuer_name" text,
	"short_name" text,
	"place_name" text,
	"signer_capacity" text,
	"signer_title" text,
	"signer_name" text,
	"recipients" text[],
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_report_settings" ADD CONSTRAINT "unit_report_settings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;