-- Histograms become binary (lib/rollup/histogram.ts) and the rollup key becomes the primary key
-- (no id column). Rows stored before keep their JSON as bytes (CAST … AS BLOB); the reader
-- tells them by their first byte.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MiddlewareRollup" (
    "tier" INTEGER NOT NULL,
    "bucket" DATETIME NOT NULL,
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
    "durationSum" REAL NOT NULL,
    "occupancySum" REAL NOT NULL,
    "hops" INTEGER NOT NULL,
    "hopsMicrotask" INTEGER NOT NULL,
    "hopsIo" INTEGER NOT NULL,
    "hopsThreadpool" INTEGER NOT NULL,
    "hopsWorker" INTEGER NOT NULL,
    "hopsThread" INTEGER NOT NULL,
    "blockingCount" INTEGER NOT NULL,
    "stallSum" REAL NOT NULL,
    "threadHeldSum" REAL NOT NULL DEFAULT 0,
    "threadWaitSum" REAL NOT NULL DEFAULT 0,
    "durationHist" BLOB NOT NULL,
    "occupancyHist" BLOB NOT NULL,
    "threadHeldHist" BLOB NOT NULL,
    "threadWaitHist" BLOB NOT NULL,

    PRIMARY KEY ("service", "tier", "allRoutes", "middleware", "route", "method", "version", "environment", "bucket")
);
INSERT INTO "new_MiddlewareRollup" ("allRoutes", "blockingCount", "bucket", "calls", "durationHist", "durationSum", "environment", "errors", "framework", "hops", "hopsIo", "hopsMicrotask", "hopsThread", "hopsThreadpool", "hopsWorker", "measured", "method", "middleware", "occupancyHist", "occupancySum", "route", "service", "stallSum", "threadHeldHist", "threadHeldSum", "threadWaitHist", "threadWaitSum", "tier", "version") SELECT "allRoutes", "blockingCount", "bucket", "calls", CAST("durationHist" AS BLOB), "durationSum", "environment", "errors", "framework", "hops", "hopsIo", "hopsMicrotask", "hopsThread", "hopsThreadpool", "hopsWorker", "measured", "method", "middleware", CAST("occupancyHist" AS BLOB), "occupancySum", "route", "service", "stallSum", CAST("threadHeldHist" AS BLOB), "threadHeldSum", CAST("threadWaitHist" AS BLOB), "threadWaitSum", "tier", "version" FROM "MiddlewareRollup";
DROP TABLE "MiddlewareRollup";
ALTER TABLE "new_MiddlewareRollup" RENAME TO "MiddlewareRollup";
CREATE INDEX "MiddlewareRollup_service_allRoutes_tier_bucket_idx" ON "MiddlewareRollup"("service", "allRoutes", "tier", "bucket");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

