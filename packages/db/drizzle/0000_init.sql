CREATE TABLE "graph_revisions" (
	"graph_id" text NOT NULL,
	"revision" integer NOT NULL,
	"message" text,
	"document" jsonb NOT NULL,
	"node_count" integer DEFAULT 0 NOT NULL,
	"edge_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graph_revisions_pk" PRIMARY KEY("graph_id","revision")
);
--> statement-breakpoint
CREATE TABLE "graphs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text,
	"name" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"document" jsonb NOT NULL,
	"node_count" integer DEFAULT 0 NOT NULL,
	"edge_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "graphs_revision_positive" CHECK ("graphs"."revision" > 0)
);
--> statement-breakpoint
ALTER TABLE "graph_revisions" ADD CONSTRAINT "graph_revisions_graph_id_graphs_id_fk" FOREIGN KEY ("graph_id") REFERENCES "public"."graphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "graphs_live_by_updated_idx" ON "graphs" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "graphs"."deleted_at" IS NULL;