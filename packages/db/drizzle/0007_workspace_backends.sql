CREATE TABLE "workspace_backends" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_backends_kind_known" CHECK ("workspace_backends"."kind" IN ('comfyui', 'openai-images'))
);
--> statement-breakpoint
ALTER TABLE "workspace_backends" ADD CONSTRAINT "workspace_backends_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workspace_backends_workspace_idx" ON "workspace_backends" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_backends_name_idx" ON "workspace_backends" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_backends_default_idx" ON "workspace_backends" USING btree ("workspace_id") WHERE "workspace_backends"."is_default";