-- A node's status changes three times per run (waiting → queued → running → succeeded).
-- While `status` was in an index (the partial run_nodes_in_flight_idx; a predicate's column
-- counts too) none of those updates could be HOT, so each wrote new entries in every index.
-- The sweeper now finds nodes in flight from runs_unfinished_idx and the primary key.
DROP INDEX "run_nodes_in_flight_idx";
--> statement-breakpoint
-- Leave 30 % of each heap page free so an updated row version fits on its page (a HOT
-- update needs that). It applies to pages written from now on; existing full pages gain
-- room only as vacuum frees it (VACUUM FULL / CLUSTER would rewrite them, not needed here).
ALTER TABLE "run_nodes" SET (fillfactor = 70);
