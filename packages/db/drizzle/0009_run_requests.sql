CREATE TABLE "run_requests" (
	"created_by" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"run_id" text,
	"claimed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "run_requests_created_by_idempotency_key_pk" PRIMARY KEY("created_by","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "run_requests" ADD CONSTRAINT "run_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_requests" ADD CONSTRAINT "run_requests_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_requests_run_idx" ON "run_requests" USING btree ("run_id");