CREATE TABLE "artifacts" (
	"hash" text PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"bytes" "bytea",
	"size" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "artifacts_hash_sha256" CHECK ("artifacts"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "node_output_artifacts" (
	"cache_key" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "node_output_artifacts_pk" PRIMARY KEY("cache_key","hash")
);
--> statement-breakpoint
CREATE TABLE "node_outputs" (
	"cache_key" text PRIMARY KEY NOT NULL,
	"node_type" text NOT NULL,
	"function_versions" jsonb NOT NULL,
	"outputs" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_nodes" (
	"run_id" text NOT NULL,
	"node_id" text NOT NULL,
	"type" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"remaining_deps" integer NOT NULL,
	"depends_on" text[] NOT NULL,
	"dependants" text[] NOT NULL,
	"cache_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"enqueued_at" timestamp (3) with time zone,
	"heartbeat_at" timestamp (3) with time zone,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"error" jsonb,
	"outputs" jsonb,
	CONSTRAINT "run_nodes_pk" PRIMARY KEY("run_id","node_id"),
	CONSTRAINT "run_nodes_status_known" CHECK ("run_nodes"."status" IN ('waiting', 'queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled')),
	CONSTRAINT "run_nodes_remaining_deps_nonnegative" CHECK ("run_nodes"."remaining_deps" >= 0)
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" text PRIMARY KEY NOT NULL,
	"graph_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"revision" integer NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"requested_by" text,
	"priority" integer DEFAULT 1 NOT NULL,
	"selection" text[],
	"batch_id" text,
	"error" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "runs_status_known" CHECK ("runs"."status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "node_output_artifacts" ADD CONSTRAINT "node_output_artifacts_cache_key_node_outputs_cache_key_fk" FOREIGN KEY ("cache_key") REFERENCES "public"."node_outputs"("cache_key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_nodes" ADD CONSTRAINT "run_nodes_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_graph_id_graphs_id_fk" FOREIGN KEY ("graph_id") REFERENCES "public"."graphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "node_output_artifacts_hash_idx" ON "node_output_artifacts" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "run_nodes_in_flight_idx" ON "run_nodes" USING btree ("status") WHERE "run_nodes"."status" IN ('queued', 'running');--> statement-breakpoint
CREATE INDEX "run_nodes_cache_key_idx" ON "run_nodes" USING btree ("cache_key");--> statement-breakpoint
CREATE INDEX "runs_graph_history_idx" ON "runs" USING btree ("graph_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "runs_unfinished_idx" ON "runs" USING btree ("status") WHERE "runs"."status" IN ('queued', 'running');