-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MiddlewareRollup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "durationHist" TEXT NOT NULL,
    "occupancyHist" TEXT NOT NULL
);
INSERT INTO "new_MiddlewareRollup" ("blockingCount", "bucket", "calls", "durationHist", "durationSum", "environment", "errors", "framework", "hops", "hopsIo", "hopsMicrotask", "hopsThread", "hopsThreadpool", "hopsWorker", "id", "measured", "method", "middleware", "occupancyHist", "occupancySum", "route", "service", "stallSum", "tier", "version") SELECT "blockingCount", "bucket", "calls", "durationHist", "durationSum", "environment", "errors", "framework", "hops", "hopsIo", "hopsMicrotask", "hopsThread", "hopsThreadpool", "hopsWorker", "id", "measured", "method", "middleware", "occupancyHist", "occupancySum", "route", "service", "stallSum", "tier", "version" FROM "MiddlewareRollup";
DROP TABLE "MiddlewareRollup";
ALTER TABLE "new_MiddlewareRollup" RENAME TO "MiddlewareRollup";
CREATE INDEX "MiddlewareRollup_service_allRoutes_tier_bucket_idx" ON "MiddlewareRollup"("service", "allRoutes", "tier", "bucket");
CREATE UNIQUE INDEX "MiddlewareRollup_service_version_environment_middleware_route_method_allRoutes_tier_bucket_key" ON "MiddlewareRollup"("service", "version", "environment", "middleware", "route", "method", "allRoutes", "tier", "bucket");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

