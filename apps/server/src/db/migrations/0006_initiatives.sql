CREATE SEQUENCE "public"."initiative_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "initiative_similarities" (
	"initiative_id" integer NOT NULL,
	"similar_id" integer NOT NULL,
	"score" real NOT NULL,
	CONSTRAINT "initiative_similarities_initiative_id_similar_id_pk" PRIMARY KEY("initiative_id","similar_id")
);
--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "title_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_similarities" ADD CONSTRAINT "initiative_similarities_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_similarities" ADD CONSTRAINT "initiative_similarities_similar_id_initiatives_id_fk" FOREIGN KEY ("similar_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_similarities_similar_idx" ON "initiative_similarities" USING btree ("similar_id");--> statement-breakpoint
CREATE INDEX "initiatives_queue_idx" ON "initiatives" USING btree ("submitted_at","id") WHERE status in ('submitted','in_review','needs_revision');--> statement-breakpoint
CREATE INDEX "initiatives_title_key_idx" ON "initiatives" USING btree ("phase_id","title_key");