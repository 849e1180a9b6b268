CREATE TABLE "batch_items" (
	"batch_id" text NOT NULL,
	"index" integer NOT NULL,
	"ref" text,
	"overrides" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"finish_seq" integer,
	"claimed_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "batch_items_pk" PRIMARY KEY("batch_id","index"),
	CONSTRAINT "batch_items_status_known" CHECK ("batch_items"."status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "batch_webhook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_status" integer,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp (3) with time zone,
	CONSTRAINT "batch_webhook_deliveries_status_known" CHECK ("batch_webhook_deliveries"."status" IN ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"graph_id" text NOT NULL,
	"revision" integer NOT NULL,
	"created_by" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"concurrency" integer NOT NULL,
	"total" integer NOT NULL,
	"finished_seq" integer DEFAULT 0 NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"last_item_finished_at" timestamp (3) with time zone,
	"last_scheduled_at" timestamp (3) with time zone,
	CONSTRAINT "batches_status_known" CHECK ("batches"."status" IN ('queued', 'running', 'completed', 'cancelled')),
	CONSTRAINT "batches_priority_known" CHECK ("batches"."priority" IN ('low', 'normal', 'high'))
);
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "overrides" jsonb;--> statement-breakpoint
ALTER TABLE "batch_items" ADD CONSTRAINT "batch_items_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_webhook_deliveries" ADD CONSTRAINT "batch_webhook_deliveries_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_graph_id_graphs_id_fk" FOREIGN KEY ("graph_id") REFERENCES "public"."graphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batch_items_status_idx" ON "batch_items" USING btree ("batch_id","status");--> statement-breakpoint
CREATE INDEX "batch_items_run_idx" ON "batch_items" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "batch_items_running_idx" ON "batch_items" USING btree ("status") WHERE "batch_items"."status" = 'running';--> statement-breakpoint
CREATE INDEX "batch_webhook_deliveries_due_idx" ON "batch_webhook_deliveries" USING btree ("next_attempt_at") WHERE "batch_webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "batch_webhook_deliveries_batch_idx" ON "batch_webhook_deliveries" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "batches_idempotency_idx" ON "batches" USING btree ("created_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "batches_workspace_history_idx" ON "batches" USING btree ("workspace_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "batches_active_idx" ON "batches" USING btree ("status") WHERE "batches"."status" IN ('queued', 'running');