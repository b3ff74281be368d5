-- Tree-browser search over ~130,000 units without a contrib extension: whole folded words through
-- a GIN index on the word array, code prefixes through a pattern index on the upper-cased code.
CREATE INDEX "units_name_words_gin" ON "units" USING gin (regexp_split_to_array("name_folded", '[^a-z0-9]+'));
--> statement-breakpoint
CREATE INDEX "units_code_upper_idx" ON "units" (upper("code") text_pattern_ops);
