-- CreateTable
CREATE TABLE "ServiceVersion" (
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "firstSeen" DATETIME NOT NULL,
    "lastSeen" DATETIME NOT NULL,

    PRIMARY KEY ("service", "version", "environment")
);

-- CreateTable
CREATE TABLE "MiddlewareRollup" (
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

-- CreateTable
CREATE TABLE "Exemplar" (
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "middleware" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "position" INTEGER,
    "start" DATETIME NOT NULL,
    "duration" REAL NOT NULL,
    "occupancy" REAL,
    "hops" INTEGER,
    "blockingMax" REAL,
    "stall" REAL,
    "error" TEXT,

    PRIMARY KEY ("traceId", "spanId")
);

-- CreateTable
CREATE TABLE "IngestedPoint" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MiddlewareRollup_service_tier_bucket_idx" ON "MiddlewareRollup"("service", "tier", "bucket");

-- CreateIndex
CREATE UNIQUE INDEX "MiddlewareRollup_service_version_environment_middleware_route_method_tier_bucket_key" ON "MiddlewareRollup"("service", "version", "environment", "middleware", "route", "method", "tier", "bucket");

-- CreateIndex
CREATE INDEX "Exemplar_service_middleware_start_idx" ON "Exemplar"("service", "middleware", "start");

-- CreateIndex
CREATE INDEX "IngestedPoint_receivedAt_idx" ON "IngestedPoint"("receivedAt");

