-- The audit entries of this subgraph's mutation requests until the audit subgraph has stored
-- them. A mutation's transaction writes its entry here, so the entry commits with the change.
CREATE TABLE forestry_runtime.audit_outbox (
    "id" UUID NOT NULL PRIMARY KEY,
    "entry" JSONB NOT NULL,
    -- False while the request that wrote the entry is still running.
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX "audit_outbox_created_at_idx" ON forestry_runtime.audit_outbox ("created_at", "id");
