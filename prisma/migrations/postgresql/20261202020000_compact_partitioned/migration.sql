-- Histograms become binary (lib/rollup/histogram.ts), and the table is partitioned so that
-- expiry drops tables instead of deleting millions of rows: by tier, then the minute and hour
-- tiers by day (lib/rollup/partitions.ts creates each day's table ahead and drops it once all
-- of it has expired). A day without its own table yet lands in its tier's default partition.
-- PostgreSQL wants the partition columns in every unique key: the rollup key becomes the
-- primary key (no id column). Rows stored before keep their JSON as bytes; the reader tells
-- them by their first byte. Written by hand: Prisma's schema cannot say PARTITION BY.
CREATE TABLE "MiddlewareRollup_next" (
    "tier" INTEGER NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "middleware" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "allRoutes" BOOLEAN NOT NULL DEFAULT false,
    "measured" BOOLEAN NOT NULL,
    "calls" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "durationSum" DOUBLE PRECISION NOT NULL,
    "occupancySum" DOUBLE PRECISION NOT NULL,
    "hops" INTEGER NOT NULL,
    "hopsMicrotask" INTEGER NOT NULL,
    "hopsIo" INTEGER NOT NULL,
    "hopsThreadpool" INTEGER NOT NULL,
    "hopsWorker" INTEGER NOT NULL,
    "hopsThread" INTEGER NOT NULL,
    "blockingCount" INTEGER NOT NULL,
    "stallSum" DOUBLE PRECISION NOT NULL,
    "threadHeldSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "threadWaitSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "durationHist" BYTEA NOT NULL,
    "occupancyHist" BYTEA NOT NULL,
    "threadHeldHist" BYTEA NOT NULL,
    "threadWaitHist" BYTEA NOT NULL
) PARTITION BY LIST ("tier");

CREATE TABLE "MiddlewareRollup_minutes" PARTITION OF "MiddlewareRollup_next" FOR VALUES IN (1) PARTITION BY RANGE ("bucket");
CREATE TABLE "MiddlewareRollup_minutes_default" PARTITION OF "MiddlewareRollup_minutes" DEFAULT;
CREATE TABLE "MiddlewareRollup_hours" PARTITION OF "MiddlewareRollup_next" FOR VALUES IN (60) PARTITION BY RANGE ("bucket");
CREATE TABLE "MiddlewareRollup_hours_default" PARTITION OF "MiddlewareRollup_hours" DEFAULT;
-- Day rows: one per middleware, route and day, few enough for a DELETE.
CREATE TABLE "MiddlewareRollup_days" PARTITION OF "MiddlewareRollup_next" DEFAULT;

INSERT INTO "MiddlewareRollup_next"
SELECT "tier", "bucket", "service", "version", "environment", "middleware", "framework", "route", "method", "allRoutes", "measured",
       "calls", "errors", "durationSum", "occupancySum", "hops", "hopsMicrotask", "hopsIo", "hopsThreadpool", "hopsWorker", "hopsThread",
       "blockingCount", "stallSum", "threadHeldSum", "threadWaitSum",
       convert_to("durationHist", 'UTF8'), convert_to("occupancyHist", 'UTF8'), convert_to("threadHeldHist", 'UTF8'), convert_to("threadWaitHist", 'UTF8')
FROM "MiddlewareRollup";

DROP TABLE "MiddlewareRollup";
ALTER TABLE "MiddlewareRollup_next" RENAME TO "MiddlewareRollup";

ALTER TABLE "MiddlewareRollup" ADD CONSTRAINT "MiddlewareRollup_pkey" PRIMARY KEY ("service", "tier", "allRoutes", "middleware", "route", "method", "version", "environment", "bucket");
CREATE INDEX "MiddlewareRollup_service_allRoutes_tier_bucket_idx" ON "MiddlewareRollup"("service", "allRoutes", "tier", "bucket");
