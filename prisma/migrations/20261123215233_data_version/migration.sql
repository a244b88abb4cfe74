-- CreateTable
CREATE TABLE "DataChange" (
    "txid" BIGINT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataChange_pkey" PRIMARY KEY ("txid")
);

-- Every statement that writes to a table the API reads records its transaction here (once per
-- transaction), whoever writes: the app, the ingest command, COPY, psql. One row per transaction
-- rather than a counter row, so concurrent writers never wait on each other; the rows become
-- visible exactly when their transaction commits, so count(*) changes only when data does.
CREATE FUNCTION "record_data_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "DataChange" ("txid") VALUES (txid_current()) ON CONFLICT ("txid") DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Document_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Document" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "Place_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Place" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "PlaceName_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlaceName" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "PlaceControl_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlaceControl" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "GroupMembership_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "GroupMembership" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "Fact_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Fact" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "TimelineEvent_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TimelineEvent" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "TimelineEventFact_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TimelineEventFact" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "Deployment_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Deployment" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
CREATE TRIGGER "DeploymentSource_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DeploymentSource" FOR EACH STATEMENT EXECUTE FUNCTION "record_data_change"();
