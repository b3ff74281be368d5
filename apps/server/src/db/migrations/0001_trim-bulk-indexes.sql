DROP INDEX "members_unit_idx";--> statement-breakpoint
DROP INDEX "initiatives_phase_unit_status_idx";--> statement-breakpoint
DROP INDEX "initiatives_status_changed_idx";--> statement-breakpoint
ALTER TABLE "unit_phase_stats" DROP COLUMN "authors";